"""German articles of the blind61 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b61de01 (Braunschweiger Zeitung)
DE01 = """
Lebenslange Haft für russischen Soldaten – Moskau spricht von einer „Farce“

Kiew/Braunschweig. Im ersten Kriegsverbrecherprozess seit Beginn der russischen Invasion hat ein Gericht in Kiew einen jungen russischen Panzersoldaten zu lebenslanger Haft verurteilt.
Wadim Schischimarin habe am 28. Februar im Dorf Tschupachiwka im Gebiet Sumy einen unbewaffneten älteren Mann erschossen, der mit dem Fahrrad am Straßenrand unterwegs gewesen sei, befand das Solomjanskyj-Bezirksgericht am Montag.
Der Angeklagte hatte die Tat eingeräumt und die Witwe des Opfers im Gerichtssaal um Vergebung gebeten; sein Pflichtverteidiger kündigte Berufung an.

Kremlsprecher Dmitri Peskow sagte am Dienstag, Moskau sei über das Schicksal des Soldaten besorgt, habe aber mangels einer diplomatischen Vertretung in Kiew keine Möglichkeit, ihm vor Ort beizustehen.
Das russische Außenministerium nannte den Prozess eine „Farce“, mit der die ukrainische Führung von den Verbrechen ihrer eigenen Truppen ablenken wolle.
Der Vorsitzende der Staatsduma, Wjatscheslaw Wolodin, hatte in der vergangenen Woche gefordert, gefangene Kämpfer des Asow-Regiments in Donezk vor ein Tribunal zu stellen, statt sie auszutauschen.

In Mariupol hatten sich seit Mitte vergangener Woche nach Angaben des russischen Verteidigungsministeriums mehr als 2400 Verteidiger des Stahlwerks Asowstal ergeben.
Außenminister Dmytro Kuleba forderte Moskau auf, die Gefangenen nach den Genfer Konventionen zu behandeln, und warnte, ein Schauprozess werde jede Aussicht auf Verhandlungen zunichtemachen.

Generalstaatsanwältin Iryna Wenediktowa sprach von einem Signal an jeden Soldaten der Besatzungsarmee: Niemand werde der Verantwortung entgehen.
Ihre Behörde ermittle in mehr als 13.000 Fällen mutmaßlicher Kriegsverbrechen, zwei weitere Prozesse gegen russische Artilleristen sollten noch in dieser Woche in Poltawa beginnen, sagte sie.
Präsident Wolodymyr Selenskyj hatte am Montag in einer Videoansprache an das Weltwirtschaftsforum in Davos ein Sondertribunal für die russische Führung verlangt.

Der Chefankläger des Internationalen Strafgerichtshofs, Karim Khan, hatte vergangene Woche 42 Ermittler und Forensiker in die Ukraine geschickt – das größte Team, das das Haager Gericht je entsandt hat.
Bundesjustizminister Marco Buschmann (FDP) sagte am Dienstag zu, Deutschland werde den Gerichtshof mit weiterem Personal und Geld unterstützen.
Der Generalbundesanwalt in Karlsruhe führt bereits seit Anfang März ein Strukturermittlungsverfahren zu mutmaßlichen russischen Kriegsverbrechen.

Auch in der Region wird das Urteil aufmerksam verfolgt: In Braunschweig und Wolfsburg leben derzeit nach Angaben der Städte zusammen mehr als 4000 Geflüchtete aus der Ukraine.
"""

# ---------------------------------------------------------------- b61de02 (Ostfriesen-Zeitung)
DE02 = """
MH17-Ermittler: Putin soll Lieferung der Buk-Rakete gebilligt haben

Den Haag/Leer. Die internationalen Ermittler zum Abschuss von Flug MH17 sehen „starke Hinweise“ darauf, dass Kremlchef Wladimir Putin persönlich der Lieferung des Buk-Flugabwehrsystems an die Separatisten in der Ostukraine zugestimmt hat.
Das Gemeinsame Ermittlungsteam, dem Strafverfolger aus den Niederlanden, Australien, Belgien, Malaysia und der Ukraine angehören, stellte seine Erkenntnisse am Mittwoch in Den Haag vor.
Abgehörte Telefonate belegten, dass die Entscheidung über die Waffe beim Präsidenten gelegen habe, sagte die niederländische Staatsanwältin Digna van Boetzelaer.
Für eine Anklage reichten die Beweise jedoch nicht aus, zudem genieße Putin als Staatsoberhaupt Immunität; die Ermittlungen würden deshalb vorerst ausgesetzt.

Bei dem Abschuss über dem Gebiet Donezk am 17. Juli 2014 waren alle 298 Menschen an Bord getötet worden, unter ihnen 196 Niederländer und vier Deutsche.
Ministerpräsident Mark Rutte sagte am Abend, die Niederlande würden nicht ruhen, bis die Verantwortlichen zur Rechenschaft gezogen seien, und Russland müsse endlich seine Verantwortung anerkennen.
Das Außenministerium in Den Haag bestellte noch am selben Tag den russischen Botschafter ein.
Die Niederlande hatten Russland bereits im Juli 2020 vor dem Europäischen Gerichtshof für Menschenrechte verklagt.

Kremlsprecher Dmitri Peskow wies die Vorwürfe am Donnerstag zurück: Russland sei an den Ermittlungen nicht beteiligt gewesen und interessiere sich deshalb auch nicht für deren Ergebnisse.
Das Außenministerium in Moskau sprach von einer „politisch motivierten Inszenierung“, die allein dem Ziel diene, Russland zu diskreditieren.
Schon das Urteil des Bezirksgerichts Den Haag, das im November zwei Russen und einen Ukrainer in Abwesenheit zu lebenslanger Haft verurteilt hatte, hatte Moskau als „skandalös“ zurückgewiesen.

Der ukrainische Präsident Wolodymyr Selenskyj schrieb am Mittwochabend auf Telegram, die Spur führe „direkt in den Kreml“, und verlangte, dass sich Putin vor einem Tribunal verantworten müsse.
Der EU-Außenbeauftragte Josep Borrell erklärte, die Erkenntnisse bestärkten die Union darin, an den Sanktionen gegen Moskau festzuhalten.
Die Bundesregierung forderte Russland auf, endlich mit der Justiz zusammenzuarbeiten.

In Ostfriesland weckt der Bericht schmerzliche Erinnerungen: Unter den Opfern waren auch Reisende aus der benachbarten Provinz Groningen, wo am Wochenende ein Gedenkgottesdienst geplant ist.
"""

# ---------------------------------------------------------------- b61de03 (Fränkischer Tag)
DE03 = """
Europas Außenminister stellen sich in Lwiw hinter ein Sondertribunal

Lwiw/Bamberg. In der westukrainischen Stadt Lwiw haben sich die Außenminister zahlreicher europäischer Staaten am Freitag hinter die Einrichtung eines Sondertribunals für das Verbrechen der Aggression gegen die Ukraine gestellt.
Gastgeber war der ukrainische Außenminister Andrij Sybiha; gekommen waren neben der EU-Außenbeauftragten Kaja Kallas und dem Generalsekretär des Europarats, Alain Berset, auch Bundesaußenminister Johann Wadephul (CDU) und sein französischer Amtskollege Jean-Noël Barrot.
In einer gemeinsamen Erklärung billigten die Minister die vom Europarat ausgearbeiteten rechtlichen Grundlagen des Gerichts und riefen weitere Staaten auf, sich dem Vorhaben anzuschließen.

„Es darf keinen Frieden ohne Gerechtigkeit geben“, sagte Kallas nach dem Treffen.
Das Tribunal werde dafür sorgen, dass sich die politische und militärische Führung Russlands nicht länger hinter ihrer Immunität verstecken könne, sagte Sybiha.
Er hoffe, dass Präsident Wolodymyr Selenskyj das Abkommen mit dem Europarat noch vor dem Sommer unterzeichnen könne.
Wadephul, der erst am Dienstag vereidigt worden war, kündigte an, Deutschland werde sich am Aufbau des Gerichts auch finanziell beteiligen.

Die Vereinigten Staaten, die unter Präsident Joe Biden noch zur sogenannten Kerngruppe für das Tribunal gehört hatten, waren in Lwiw nicht vertreten.
Washington hatte sich im März aus dem Internationalen Zentrum für die Verfolgung des Verbrechens der Aggression in Den Haag zurückgezogen.

Aus Moskau kam Hohn.
Außenamtssprecherin Maria Sacharowa nannte das Vorhaben am Freitagabend einen „juristisch nichtigen Zirkus“, den Russland niemals anerkennen werde.
Kremlsprecher Dmitri Peskow sagte am Samstag, die Erklärung von Lwiw habe für Moskau „keinerlei Bedeutung“.
Kremlchef Wladimir Putin hatte am Freitag auf dem Roten Platz die Parade zum 80. Jahrestag des Sieges abgenommen, an der auch Chinas Staatschef Xi Jinping teilnahm.

Am Samstagmorgen trafen Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel Macron, der britische Premier Keir Starmer und Polens Regierungschef Donald Tusk mit dem Zug in Kiew ein, um mit Selenskyj über eine Waffenruhe zu beraten.
Die vier forderten Russland auf, ab Montag einer bedingungslosen 30-tägigen Waffenruhe zuzustimmen, andernfalls drohten massive neue Sanktionen.

In Nürnberg, wo vor 80 Jahren die Hauptkriegsverbrecher des NS-Regimes vor Gericht standen, wurde die Erklärung mit Genugtuung aufgenommen.
Die Internationale Akademie Nürnberger Prinzipien bot an, sich an der Ausbildung von Richtern und Anklägern für das Tribunal zu beteiligen.
"""

# ---------------------------------------------------------------- b61de04 (Der Landbote, Winterthur)
DE04 = """
Moskauer Gericht verurteilt IStGH-Chefankläger Khan in Abwesenheit

Moskau/Den Haag. Ein Moskauer Gericht hat den Chefankläger des Internationalen Strafgerichtshofs (IStGH), Karim Khan, und acht Richterinnen und Richter des Haager Gerichts in Abwesenheit zu Haftstrafen verurteilt.
Das Moskauer Stadtgericht sprach die Angeklagten am Freitag unter anderem des «Angriffs auf Vertreter eines ausländischen Staates» schuldig, die völkerrechtlich Immunität genössen.
Khan erhielt nach Angaben der russischen Staatsanwaltschaft 15 Jahre Straflager, gegen die Richter verhängte das Gericht etwas geringere Strafen.

Hintergrund ist der Haftbefehl, den der IStGH im März 2023 gegen Präsident Wladimir Putin wegen der Verschleppung ukrainischer Kinder erlassen hatte.
Das russische Ermittlungskomitee hatte noch im selben Monat ein Strafverfahren gegen Khan und die beteiligten Richter eröffnet und die Gesuchten später zur Fahndung ausgeschrieben.
Das Präsidium des Gerichtshofs erklärte, man lasse sich «weder durch Drohungen noch durch Scheinprozesse» einschüchtern.
Die Unabhängigkeit der Richter stehe ohnehin unter Druck, seit US-Präsident Donald Trump im Februar Sanktionen gegen das Gericht verhängt habe.

In Bern verurteilte das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) die Urteile am Freitagabend als «inakzeptablen Angriff» auf ein Gericht, das die Schweiz seit seiner Gründung unterstütze.
EU-Aussenbeauftragte Kaja Kallas sprach von einem «politisch motivierten Verfahren ohne jede Rechtsgrundlage» und sicherte dem Gerichtshof die volle Unterstützung der Union zu.
Der ukrainische Aussenminister Andrij Sybiha schrieb auf X, Moskau wolle Richter bestrafen, weil sie die Verbrechen an ukrainischen Kindern beim Namen nennten.

In Moskau gab man sich unbeeindruckt.
Kremlsprecher Dmitri Peskow sagte am Freitag, Russland erkenne die Zuständigkeit des IStGH nicht an, dessen Entscheidungen seien für Moskau «null und nichtig».
Aussenamtssprecherin Maria Sacharowa kündigte an, Russland werde die Verurteilten über befreundete Staaten international zur Verhaftung ausschreiben lassen.

Die Urteile fallen in eine Phase intensiver Verhandlungen über ein Ende des Krieges.
Der US-Sondergesandte Steve Witkoff war Anfang Dezember im Kreml von Putin empfangen worden, und nach Medienberichten sieht der amerikanische Friedensplan eine umfassende Amnestie für im Krieg begangene Taten vor.
Kiew lehnt eine solche Klausel ab: Eine Amnestie für Kriegsverbrechen sei mit dem Völkerrecht unvereinbar, hiess es im Aussenministerium.
"""

# ---------------------------------------------------------------- b61de05 (JUVE)
DE05 = """
Gericht der EU weist Klage der russischen Zentralbank gegen Vermögenssperre ab

Luxemburg. Die Bank von Russland ist vor dem Gericht der Europäischen Union mit ihrem Versuch gescheitert, die unbefristete Immobilisierung ihrer in der EU gehaltenen Reserven zu Fall zu bringen.
Die Große Kammer wies die Nichtigkeitsklage am Mittwoch in vollem Umfang ab.
Der Rat habe sich zu Recht auf Artikel 122 des Vertrags über die Arbeitsweise der EU gestützt, als er Mitte Dezember angesichts einer „schweren wirtschaftlichen Notlage“ beschlossen habe, die Gelder bis auf Weiteres festzusetzen, heißt es in dem Urteil.

Die Zentralbank ließ sich von einem Team der Pariser Kanzlei Marchetti Lenoir um den Prozessrechtler Julien Marchetti vertreten, der Rat von seinem Juristischen Dienst, unterstützt von Anwälten der Kommission.
Nach JUVE-Informationen hatte die Bank das Mandat Ende Dezember ohne Ausschreibung vergeben, nachdem mehrere große europäische Einheiten eine Vertretung aus Sanktionsgründen abgelehnt hatten.
Die Bank von Russland kündigte noch am Mittwochabend an, in den kommenden Wochen Rechtsmittel beim Gerichtshof einzulegen.

Kommissionspräsidentin Ursula von der Leyen sagte, das Urteil bestätige, dass die Gelder blockiert blieben, „bis Russland seinen Angriffskrieg beendet und die Ukraine entschädigt“.
Die EU-Außenbeauftragte Kaja Kallas nannte die Entscheidung ein „klares Signal an den Kreml“, dass sich Europa nicht einschüchtern lasse.
Der ukrainische Außenminister Andrij Sybiha dankte den Richtern und forderte, die Erträge aus den Vermögen noch stärker für den Wiederaufbau seines Landes zu nutzen.

Kremlsprecher Dmitri Peskow sprach am Donnerstag von einem „politischen Urteil eines politischen Gerichts“ und kündigte Gegenmaßnahmen an.
Außenamtssprecherin Maria Sacharowa sprach von „Diebstahl unter dem Deckmantel des Rechts“ und verwies auf die Klage, die die Zentralbank im Dezember vor dem Moskauer Schiedsgericht gegen den Verwahrer Euroclear eingereicht hatte.
Ein Urteil wird dort für März erwartet.

Beim Brüsseler Verwahrer Euroclear liegen rund 185 Milliarden Euro der russischen Reserven.
Auf ihrem Gipfel am 18. Dezember hatten sich die Staats- und Regierungschefs der EU statt auf ein Reparationsdarlehen aus diesen Mitteln auf einen Kredit über 90 Milliarden Euro für die Ukraine aus gemeinsamen Schulden verständigt.
Für Beobachter in der Branche ist das Verfahren der bedeutendste Sanktionsprozess seit der Annullierung der Listungen der Oligarchen Michail Fridman und Pjotr Awen im Frühjahr 2024.
"""

# ---------------------------------------------------------------- b61de06 (Gießener Allgemeine)
DE06 = """
Haftbefehle gegen Schoigu und Gerassimow: Den Haag nimmt Angriffe auf das Stromnetz ins Visier

Den Haag/Gießen. Der Internationale Strafgerichtshof hat Haftbefehle gegen den früheren russischen Verteidigungsminister Sergej Schoigu und Generalstabschef Waleri Gerassimow erlassen.
Die beiden seien mutmaßlich für die Raketen- und Drohnenangriffe auf die ukrainische Energie-Infrastruktur zwischen Oktober 2022 und März 2023 verantwortlich, teilte das Gericht am Dienstag mit.
Die Richter werfen ihnen Kriegsverbrechen und Verbrechen gegen die Menschlichkeit vor, weil die Angriffe zivilen Objekten gegolten und der Bevölkerung unverhältnismäßigen Schaden zugefügt hätten.

Der Sicherheitsrat in Moskau, dessen Sekretär Schoigu seit Mai ist, nannte die Entscheidung „nichtig“, da Russland kein Vertragsstaat des Römischen Statuts sei.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, man nehme die Entscheidungen des Gerichts nicht zur Kenntnis, und warf dem Westen „hybride Kriegsführung“ mit juristischen Mitteln vor.
Außenamtssprecherin Maria Sacharowa hatte schon den Haftbefehl gegen Präsident Wladimir Putin vor gut einem Jahr als bedeutungslos abgetan.

Präsident Wolodymyr Selenskyj dankte dem Gericht und schrieb, jeder russische Befehlshaber, der Schläge gegen ukrainische Kraftwerke anordne, müsse wissen, dass die Gerechtigkeit ihn einholen werde.
Außenminister Dmytro Kuleba forderte alle Vertragsstaaten auf, die Haftbefehle zu vollstrecken, sollten die beiden Generäle ihr Territorium betreten.
Nach Kiewer Angaben hat Russland seit März mehr als die Hälfte der ukrainischen Stromerzeugung zerstört; in der Nacht zum Dienstag griffen russische Drohnen erneut Anlagen im Westen des Landes an.

Der EU-Außenbeauftragte Josep Borrell erklärte, die Union unterstütze die Arbeit des Gerichtshofs uneingeschränkt.
Bundesaußenministerin Annalena Baerbock sagte am Dienstag in Luxemburg, wer gezielt die Stromversorgung von Millionen Menschen zerstöre, begehe ein Kriegsverbrechen.
Dort hatte die EU am selben Tag die Beitrittsverhandlungen mit der Ukraine und der Republik Moldau formell eröffnet.

Bereits im März hatte das Gericht zwei russische Kommandeure wegen der Angriffe auf das Stromnetz zur Fahndung ausgeschrieben.
Putin, gegen den seit März 2023 ebenfalls ein Haftbefehl vorliegt, reist in der kommenden Woche zum Gipfel der Schanghaier Organisation für Zusammenarbeit nach Astana; Kasachstan ist kein Mitglied des Strafgerichtshofs.
Ein Gießener Völkerrechtler sagte unserer Zeitung, die Haftbefehle schränkten die Reisemöglichkeiten der Generäle spürbar ein, ein Prozess sei aber unwahrscheinlich, solange sich die politische Führung in Moskau nicht ändere.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b61de01_schischimarin_urteil_2022_05", "2022-05-24", DE01,
        [
            T("28. Februar", "DATE", "2022-02-28"),
            T("Montag", "DATE", "2022-05-23", 0),
            T("Dienstag", "DATE", "2022-05-24", 0),
            T("der vergangenen Woche", "DATE", "2022-W20"),
            T("Mitte vergangener Woche", "DATE", "2022-W20", mod="MID"),
            T("dieser Woche", "DATE", "2022-W21"),
            T("Montag", "DATE", "2022-05-23", 1),
            T("vergangene Woche", "DATE", "2022-W20"),
            T("Dienstag", "DATE", "2022-05-24", 1),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Kyiv district court sentences Russian soldier Vadim Shishimarin to life in prison in the first "
              "war-crimes trial of the invasion", "COERCE", ["Ukraine", "Russia"], "2022-05-23", "context",
              "occurred", "Im ersten Kriegsverbrecherprozess"),
            E("Russian soldier shot an unarmed civilian in Chupakhivka (Sumy region)", "ASSAULT",
              ["Russia", "Ukraine"], "2022-02-28", "text", "occurred", "Wadim Schischimarin habe am 28. Februar"),
            E("Russian foreign ministry calls the trial a farce meant to distract from Ukraine's own crimes", "ACCUSE",
              ["Russia", "Ukraine"], "2022-05-24", "published", "occurred",
              "Das russische Außenministerium nannte den Prozess"),
            E("Duma speaker Volodin demands that captured Azov fighters be tried by a tribunal in Donetsk instead of "
              "exchanged", "REQUEST", ["Russia", "Ukraine"], "2022-W20", "text", "occurred",
              "Der Vorsitzende der Staatsduma"),
            E("More than 2,400 Azovstal defenders surrender in Mariupol", "RETREAT", ["Ukraine", "Russia"],
              "2022-W20", "text", "occurred", "In Mariupol hatten sich", date_mod="MID",
              note="surrenders from mid-week (16 May 2022) onwards, on Russian figures"),
            E("Kuleba demands Moscow treat the prisoners under the Geneva Conventions and warns against a show trial",
              "REQUEST", ["Ukraine", "Russia"], "2022-05-24", "published", "occurred",
              "Außenminister Dmytro Kuleba forderte Moskau auf"),
            E("Prosecutor general Venediktova: no soldier of the occupying army will escape responsibility",
              "THREATEN", ["Ukraine", "Russia"], "2022-05-24", "published", "occurred",
              "Generalstaatsanwältin Iryna Wenediktowa"),
            E("Two more trials of Russian artillerymen to begin in Poltava this week", "COERCE", ["Ukraine", "Russia"],
              "2022-W21", "text", "planned", "Ihre Behörde ermittle"),
            E("Zelensky demands a special tribunal for Russia's leadership in a video address to Davos", "REQUEST",
              ["Volodymyr Zelensky", "Russia"], "2022-05-23", "text", "occurred",
              "Präsident Wolodymyr Selenskyj hatte am Montag"),
            E("German justice minister Buschmann promises the ICC more staff and money", "AGREE", ["Germany"],
              "2022-05-24", "text", "occurred", "Bundesjustizminister Marco Buschmann"),
            E("German federal prosecutor's structural investigation into Russian war crimes since early March",
              "ACCUSE", ["Germany", "Russia"], "2022-03", "text", "occurred", "Der Generalbundesanwalt",
              date_mod="START"),
        ],
        [
            S("Dmitry Peskov", "Moscow is concerned about the soldier's fate but cannot assist him in Kyiv without a "
              "diplomatic mission", "2022-05-24", "text", "Kremlsprecher Dmitri Peskow sagte am Dienstag"),
            S("Russia", "The trial is a farce meant to distract from the crimes of Ukraine's own troops", "2022-05-24",
              "published", "Das russische Außenministerium nannte den Prozess"),
            S("Russia", "Volodin: captured Azov fighters should be tried by a tribunal instead of exchanged",
              "2022-W20", "text", "Der Vorsitzende der Staatsduma"),
            S("Russia", "Defence ministry: more than 2,400 Azovstal defenders have surrendered", "2022-05-24",
              "published", "In Mariupol hatten sich"),
            S("Ukraine", "Kuleba: treat the prisoners under the Geneva Conventions; a show trial would destroy any "
              "prospect of negotiations", "2022-05-24", "published", "Außenminister Dmytro Kuleba forderte Moskau auf"),
            S("Ukraine", "Venediktova: a signal to every soldier of the occupying army that no one escapes "
              "responsibility", "2022-05-24", "published", "Generalstaatsanwältin Iryna Wenediktowa"),
            S("Ukraine", "Venediktova: more than 13,000 cases under investigation, two more trials this week",
              "2022-05-24", "published", "Ihre Behörde ermittle"),
            S("Volodymyr Zelensky", "Demands a special tribunal for Russia's leadership", "2022-05-23", "text",
              "Präsident Wolodymyr Selenskyj hatte am Montag"),
            S("Germany", "Buschmann: Germany will support the ICC with more staff and money", "2022-05-24", "text",
              "Bundesjustizminister Marco Buschmann"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Volodymyr Zelensky", "Germany"],
    ),
    doc(
        "b61de02_mh17_ermittler_putin_2023_02", "2023-02-09", DE02,
        [
            T("Mittwoch", "DATE", "2023-02-08"),
            T("17. Juli 2014", "DATE", "2014-07-17"),
            T("Abend", "TIME", "2023-02-08TEV"),
            T("selben Tag", "DATE", "2023-02-08"),
            T("Juli 2020", "DATE", "2020-07"),
            T("Donnerstag", "DATE", "2023-02-09"),
            T("November", "DATE", "2022-11"),
            T("Mittwochabend", "TIME", "2023-02-08TEV"),
            T("Wochenende", "DATE", "2023-W06-WE"),
        ],
        [
            E("Joint investigation team, including Ukraine, finds strong indications that Putin approved the supply "
              "of the Buk system", "ACCUSE", ["Ukraine", "Vladimir Putin"], "2023-02-08", "context", "occurred",
              "Die internationalen Ermittler zum Abschuss"),
            E("Downing of flight MH17 over the Donetsk region with a Russian Buk missile, 298 killed", "ASSAULT",
              ["Russia"], "2014-07-17", "text", "occurred", "Bei dem Abschuss über dem Gebiet Donezk"),
            E("Rutte: Russia must finally acknowledge its responsibility", "REQUEST", ["Mark Rutte", "Russia"],
              "2023-02-08TEV", "text", "occurred", "Ministerpräsident Mark Rutte sagte am Abend"),
            E("Dutch foreign ministry summons the Russian ambassador", "ACCUSE", ["Russia"], "2023-02-08", "text",
              "occurred", "bestellte noch am selben Tag"),
            E("The Netherlands sued Russia at the European Court of Human Rights over MH17", "ACCUSE", ["Russia"],
              "2020-07", "text", "occurred", "Die Niederlande hatten Russland bereits"),
            E("Peskov rejects the accusations against Putin", "REJECT", ["Dmitry Peskov", "Vladimir Putin"],
              "2023-02-09", "text", "occurred", "Kremlsprecher Dmitri Peskow wies die Vorwürfe"),
            E("Russian foreign ministry calls the findings a politically motivated staging", "ACCUSE", ["Russia"],
              "2023-02-09", "published", "occurred", "Das Außenministerium in Moskau sprach"),
            E("Moscow rejected the Hague district court's November verdict as scandalous", "REJECT", ["Russia"],
              "2022-11", "context", "occurred", "Schon das Urteil des Bezirksgerichts"),
            E("Zelensky: the trail leads directly to the Kremlin", "ACCUSE", ["Volodymyr Zelensky", "Kremlin"],
              "2023-02-08TEV", "text", "occurred", "schrieb am Mittwochabend auf Telegram"),
            E("Zelensky demands that Putin answer before a tribunal", "REQUEST",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2023-02-08TEV", "text", "occurred",
              "schrieb am Mittwochabend auf Telegram"),
            E("EU to keep its sanctions on Moscow", "REJECT", ["European Union", "Russia"], "2023-02-09", "published",
              "occurred", "Der EU-Außenbeauftragte Josep Borrell erklärte"),
            E("German government calls on Russia to cooperate with the justice system", "REQUEST",
              ["Germany", "Russia"], "2023-02-09", "published", "occurred", "Die Bundesregierung forderte"),
        ],
        [
            S("Mark Rutte", "The Netherlands will not rest until those responsible are held to account; Russia must "
              "acknowledge its responsibility", "2023-02-08TEV", "text", "Ministerpräsident Mark Rutte sagte am Abend"),
            S("Dmitry Peskov", "Russia was not part of the investigation and is not interested in its results",
              "2023-02-09", "text", "Kremlsprecher Dmitri Peskow wies die Vorwürfe"),
            S("Russia", "The findings are a politically motivated staging to discredit Russia", "2023-02-09",
              "published", "Das Außenministerium in Moskau sprach"),
            S("Volodymyr Zelensky", "The trail leads directly to the Kremlin; Putin must answer before a tribunal",
              "2023-02-08TEV", "text", "schrieb am Mittwochabend auf Telegram"),
            S("European Union", "Borrell: the findings strengthen the Union's resolve to keep the sanctions",
              "2023-02-09", "published", "Der EU-Außenbeauftragte Josep Borrell erklärte"),
            S("Germany", "Russia must finally cooperate with the justice system", "2023-02-09", "published",
              "Die Bundesregierung forderte"),
        ],
        ["Vladimir Putin", "Kremlin", "Ukraine", "Russia", "Mark Rutte", "Dmitry Peskov", "Volodymyr Zelensky",
         "European Union", "Germany"],
    ),
    doc(
        "b61de03_lwiw_sondertribunal_2025_05", "2025-05-10", DE03,
        [
            T("Freitag", "DATE", "2025-05-09", 0),
            T("dem Sommer", "DATE", "2025-SU"),
            T("Dienstag", "DATE", "2025-05-06"),
            T("März", "DATE", "2025-03"),
            T("Freitagabend", "TIME", "2025-05-09TEV"),
            T("Samstag", "DATE", "2025-05-10"),
            T("Freitag", "DATE", "2025-05-09", 1),
            T("Samstagmorgen", "TIME", "2025-05-10TMO"),
            T("Montag", "DATE", "2025-05-12"),
            T("30-tägigen", "DURATION", "P30D"),
            T("vor 80 Jahren", "DATE", "1945"),
        ],
        [
            E("European foreign ministers back a special tribunal for the crime of aggression against Ukraine",
              "SUPPORT", ["European Union", "Ukraine"], "2025-05-09", "text", "occurred",
              "In der westukrainischen Stadt Lwiw"),
            E("Foreign ministers' meeting in Lviv hosted by Sybiha, with Kallas, Wadephul and Barrot", "CONSULT",
              ["Andrii Sybiha", "Ukraine", "Kaja Kallas", "European Union", "Germany", "France"], "2025-05-09",
              "context", "occurred", "Gastgeber war der ukrainische Außenminister"),
            E("Ministers endorse the legal foundations of the tribunal in the Lviv declaration", "AGREE",
              ["Ukraine", "European Union", "Germany", "France"], "2025-05-09", "context", "occurred",
              "In einer gemeinsamen Erklärung billigten"),
            E("Ministers call on further states to join the tribunal", "REQUEST",
              ["Ukraine", "European Union", "Germany", "France"], "2025-05-09", "context", "occurred",
              "In einer gemeinsamen Erklärung billigten"),
            E("Sybiha: Russia's political and military leadership will no longer hide behind immunity", "THREATEN",
              ["Andrii Sybiha", "Russia"], "2025-05-09", "context", "occurred", "Das Tribunal werde dafür sorgen"),
            E("Zelensky expected to sign the tribunal agreement with the Council of Europe before the summer",
              "AGREE", ["Volodymyr Zelensky", "Ukraine"], "2025-SU", "text", "uncertain", "Er hoffe, dass Präsident",
              note="hoped for before the summer; signed in Strasbourg on 25 June 2025"),
            E("Wadephul: Germany will contribute financially to setting up the tribunal", "AGREE", ["Germany"],
              "2025-05-09", "context", "occurred", "Wadephul, der erst am Dienstag"),
            E("The United States stays away from the Lviv meeting", "CONSULT", ["United States", "Ukraine"],
              "2025-05-09", "context", "cancelled", "Die Vereinigten Staaten, die unter Präsident"),
            E("Washington withdrew from the International Centre for the Prosecution of the Crime of Aggression",
              "SANCTION", ["United States"], "2025-03", "text", "occurred", "Washington hatte sich im März"),
            E("Zakharova calls the tribunal a legally void circus", "ACCUSE", ["Maria Zakharova"], "2025-05-09TEV",
              "text", "occurred", "Außenamtssprecherin Maria Sacharowa nannte"),
            E("Zakharova: Russia will never recognise the tribunal", "REJECT", ["Maria Zakharova"], "2025-05-09TEV",
              "text", "occurred", "Außenamtssprecherin Maria Sacharowa nannte"),
            E("Peskov: the Lviv declaration has no significance for Moscow", "REJECT", ["Dmitry Peskov"],
              "2025-05-10", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            E("Merz, Macron, Starmer and Tusk arrive in Kyiv for ceasefire talks with Zelensky", "CONSULT",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Volodymyr Zelensky"],
              "2025-05-10TMO", "text", "occurred", "Am Samstagmorgen trafen"),
            E("The four leaders demand that Russia agree to an unconditional 30-day ceasefire from Monday",
              "REQUEST", ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Russia"], "2025-05-10",
              "context", "occurred", "Die vier forderten Russland auf"),
            E("The four leaders threaten massive new sanctions if Russia refuses", "THREATEN",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Tusk", "Russia"], "2025-05-10",
              "context", "occurred", "Die vier forderten Russland auf",
              note="deadline: the ceasefire was to start on Monday 12 May 2025"),
        ],
        [
            S("Joint statement: Ukraine, European Union, Germany, France",
              "Lviv declaration endorses the tribunal's legal foundations and calls on more states to join",
              "2025-05-09", "context", "In einer gemeinsamen Erklärung billigten"),
            S("Kaja Kallas", "There can be no peace without justice", "2025-05-09", "context",
              "sagte Kallas nach dem Treffen"),
            S("Andrii Sybiha", "The tribunal will ensure Russia's leadership can no longer hide behind immunity",
              "2025-05-09", "context", "Das Tribunal werde dafür sorgen"),
            S("Andrii Sybiha", "Hopes Zelensky can sign the agreement with the Council of Europe before the summer",
              "2025-05-09", "context", "Er hoffe, dass Präsident"),
            S("Germany", "Wadephul: Germany will also contribute financially to the tribunal", "2025-05-09", "context",
              "Wadephul, der erst am Dienstag"),
            S("Russia", "Moscow reacts with derision", "2025-05-10", "published", "Aus Moskau kam Hohn."),
            S("Maria Zakharova", "The tribunal is a legally void circus that Russia will never recognise",
              "2025-05-09TEV", "text", "Außenamtssprecherin Maria Sacharowa nannte"),
            S("Dmitry Peskov", "The Lviv declaration has no significance for Moscow", "2025-05-10", "text",
              "Kremlsprecher Dmitri Peskow sagte am Samstag"),
            S("Joint statement: Friedrich Merz, Emmanuel Macron, Keir Starmer, Donald Tusk",
              "Russia must agree to an unconditional 30-day ceasefire from Monday or face massive new sanctions",
              "2025-05-10", "context", "Die vier forderten Russland auf"),
        ],
        ["Ukraine", "European Union", "Andrii Sybiha", "Kaja Kallas", "Germany", "France", "Volodymyr Zelensky",
         "United States", "Joe Biden", "Russia", "Maria Zakharova", "Kremlin", "Dmitry Peskov", "Vladimir Putin",
         "China", "Xi Jinping", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "United Kingdom", "Donald Tusk",
         "Poland"],
    ),
    doc(
        "b61de04_moskau_urteil_istgh_2025_12", "2025-12-13", DE04,
        [
            T("Freitag", "DATE", "2025-12-12", 0),
            T("15 Jahre", "DURATION", "P15Y"),
            T("März 2023", "DATE", "2023-03"),
            T("selben Monat", "DATE", "2023-03"),
            T("Februar", "DATE", "2025-02"),
            T("Freitagabend", "TIME", "2025-12-12TEV"),
            T("Freitag", "DATE", "2025-12-12", 1),
            T("Anfang Dezember", "DATE", "2025-12", mod="START"),
        ],
        [
            E("Moscow City Court sentences ICC prosecutor Khan and eight ICC judges in absentia", "COERCE",
              ["Russia"], "2025-12-12", "context", "occurred", "Ein Moskauer Gericht hat den Chefankläger"),
            E("ICC arrest warrant for Putin over the deportation of Ukrainian children", "ACCUSE",
              ["Vladimir Putin", "Russia"], "2023-03", "text", "occurred", "Hintergrund ist der Haftbefehl"),
            E("Russia's Investigative Committee opens a criminal case against Khan and the judges", "ACCUSE",
              ["Russia"], "2023-03", "text", "occurred", "Das russische Ermittlungskomitee"),
            E("Trump imposed sanctions on the ICC", "SANCTION", ["Donald Trump", "United States"], "2025-02", "text",
              "occurred", "Die Unabhängigkeit der Richter"),
            E("Swiss foreign ministry condemns the verdicts as an unacceptable attack on the court", "ACCUSE",
              ["Russia"], "2025-12-12TEV", "text", "occurred", "In Bern verurteilte das Eidgenössische Departement"),
            E("Kallas calls the Moscow proceedings politically motivated and without legal basis", "ACCUSE",
              ["Kaja Kallas", "Russia"], "2025-12-13", "published", "occurred", "EU-Aussenbeauftragte Kaja Kallas"),
            E("Kallas assures the ICC of the EU's full support", "AGREE", ["Kaja Kallas", "European Union"],
              "2025-12-13", "published", "occurred", "EU-Aussenbeauftragte Kaja Kallas"),
            E("Sybiha: Moscow wants to punish judges for naming the crimes against Ukrainian children", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2025-12-13", "published", "occurred",
              "Der ukrainische Aussenminister Andrij Sybiha schrieb"),
            E("Peskov: Russia does not recognise the ICC, its decisions are null and void", "REJECT",
              ["Dmitry Peskov"], "2025-12-12", "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Zakharova: Russia will have the convicted put on international arrest lists", "THREATEN",
              ["Maria Zakharova"], "2025-12-13", "published", "occurred", "Aussenamtssprecherin Maria Sacharowa"),
            E("Witkoff received by Putin in the Kremlin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-12",
              "text", "occurred", "Der US-Sondergesandte Steve Witkoff war", date_mod="START",
              note="the meeting took place on 2 December 2025"),
            E("US peace plan reportedly foresees a comprehensive amnesty for acts committed in the war", "REQUEST",
              ["United States", "Russia", "Ukraine"], "2025-12-13", "published", "occurred",
              "Der US-Sondergesandte Steve Witkoff war"),
            E("Kyiv rejects an amnesty clause", "REJECT", ["Ukraine", "United States"], "2025-12-13", "published",
              "occurred", "Kiew lehnt eine solche Klausel ab"),
        ],
        [
            S("Russia", "Prosecutor's office: Khan received 15 years in a prison camp, the judges lesser sentences",
              "2025-12-12", "context", "Khan erhielt nach Angaben"),
            S("Kaja Kallas", "The proceedings are politically motivated and without legal basis; the EU fully "
              "supports the court", "2025-12-13", "published", "EU-Aussenbeauftragte Kaja Kallas"),
            S("Andrii Sybiha", "Moscow wants to punish judges for naming the crimes against Ukrainian children",
              "2025-12-13", "published", "Der ukrainische Aussenminister Andrij Sybiha schrieb"),
            S("Dmitry Peskov", "Russia does not recognise the ICC's jurisdiction; its decisions are null and void",
              "2025-12-12", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Maria Zakharova", "Russia will have the convicted put on international arrest lists via friendly "
              "states", "2025-12-13", "published", "Aussenamtssprecherin Maria Sacharowa"),
            S("Ukraine", "An amnesty for war crimes is incompatible with international law", "2025-12-13",
              "published", "Kiew lehnt eine solche Klausel ab"),
        ],
        ["Russia", "Vladimir Putin", "Ukraine", "Donald Trump", "United States", "Kaja Kallas", "European Union",
         "Andrii Sybiha", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Steve Witkoff"],
    ),
    doc(
        "b61de05_eug_zentralbank_klage_2026_02", "2026-02-26", DE05,
        [
            T("Mittwoch", "DATE", "2026-02-25"),
            T("Mitte Dezember", "DATE", "2025-12", mod="MID"),
            T("Ende Dezember", "DATE", "2025-12", mod="END"),
            T("Mittwochabend", "TIME", "2026-02-25TEV"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2026-02-26"),
            T("Dezember", "DATE", "2025-12", 2),
            T("März", "DATE", "2026-03"),
            T("18. Dezember", "DATE", "2025-12-18"),
            T("Frühjahr 2024", "DATE", "2024-SP"),
        ],
        [
            E("EU General Court dismisses the Bank of Russia's action against the indefinite immobilisation of its "
              "reserves", "REJECT", ["European Union", "Russia"], "2026-02-25", "context", "occurred",
              "Die Bank von Russland ist vor dem Gericht"),
            E("Council decided in mid-December to immobilise the Russian central bank's reserves indefinitely",
              "SANCTION", ["European Union", "Russia"], "2025-12", "text", "occurred", "Der Rat habe sich zu Recht",
              date_mod="MID"),
            E("Bank of Russia to appeal to the Court of Justice", "ACCUSE", ["Russia", "European Union"],
              "FUTURE_REF", "vague", "planned", "Die Bank von Russland kündigte"),
            E("Von der Leyen: the assets stay blocked", "REJECT", ["Ursula von der Leyen", "Russia"], "2026-02-26",
              "published", "occurred", "Kommissionspräsidentin Ursula von der Leyen"),
            E("Von der Leyen: until Russia ends its war and compensates Ukraine", "REQUEST",
              ["Ursula von der Leyen", "Russia", "Ukraine"], "2026-02-26", "published", "occurred",
              "Kommissionspräsidentin Ursula von der Leyen"),
            E("Sybiha thanks the judges", "SUPPORT", ["Andrii Sybiha", "European Union"], "2026-02-26", "published",
              "occurred", "Andrij Sybiha dankte"),
            E("Sybiha demands that the proceeds be used more for Ukraine's reconstruction", "REQUEST",
              ["Andrii Sybiha", "European Union"], "2026-02-26", "published", "occurred", "Andrij Sybiha dankte"),
            E("Peskov: a political verdict of a political court", "ACCUSE", ["Dmitry Peskov", "European Union"],
              "2026-02-26", "text", "occurred", "Kremlsprecher Dmitri Peskow sprach"),
            E("Peskov announces countermeasures", "THREATEN", ["Dmitry Peskov", "European Union"], "2026-02-26",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sprach"),
            E("Zakharova: theft under the guise of law", "ACCUSE", ["Maria Zakharova", "European Union"],
              "2026-02-26", "published", "occurred", "Außenamtssprecherin Maria Sacharowa sprach"),
            E("Bank of Russia's suit against Euroclear at the Moscow Arbitration Court", "ACCUSE", ["Russia"],
              "2025-12", "text", "occurred", "Außenamtssprecherin Maria Sacharowa sprach"),
            E("EU leaders agree a 90-billion-euro loan for Ukraine from joint debt", "AID",
              ["European Union", "Ukraine"], "2025-12-18", "text", "occurred", "Auf ihrem Gipfel am 18. Dezember"),
            E("General Court annulled the listings of Fridman and Aven", "REJECT", ["European Union"], "2024-SP",
              "text", "occurred", "Für Beobachter in der Branche"),
        ],
        [
            S("Russia", "Bank of Russia will appeal to the Court of Justice in the coming weeks", "2026-02-25TEV",
              "text", "Die Bank von Russland kündigte"),
            S("Ursula von der Leyen", "The ruling confirms the assets stay blocked until Russia ends its war and "
              "compensates Ukraine", "2026-02-26", "published", "Kommissionspräsidentin Ursula von der Leyen"),
            S("Kaja Kallas", "The ruling is a clear signal to the Kremlin that Europe will not be intimidated",
              "2026-02-26", "published", "Die EU-Außenbeauftragte Kaja Kallas nannte"),
            S("Andrii Sybiha", "Thanks the judges; the proceeds should be used more for reconstruction", "2026-02-26",
              "published", "Andrij Sybiha dankte"),
            S("Dmitry Peskov", "A political verdict of a political court; countermeasures will follow", "2026-02-26",
              "text", "Kremlsprecher Dmitri Peskow sprach"),
            S("Maria Zakharova", "Theft under the guise of law", "2026-02-26", "published",
              "Außenamtssprecherin Maria Sacharowa sprach"),
        ],
        ["Russia", "European Union", "Ursula von der Leyen", "Ukraine", "Kaja Kallas", "Kremlin", "Andrii Sybiha",
         "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b61de06_haftbefehle_schoigu_gerassimow_2024_06", "2024-06-26", DE06,
        [
            T("Oktober 2022", "DATE", "2022-10"),
            T("März 2023", "DATE", "2023-03", 0),
            T("Dienstag", "DATE", "2024-06-25", 0),
            T("Mai", "DATE", "2024-05"),
            T("Mittwoch", "DATE", "2024-06-26"),
            T("vor gut einem Jahr", "DATE", "2023", mod="APPROX"),
            T("März", "DATE", "2024-03", 1),
            T("der Nacht zum Dienstag", "TIME", "2024-06-24TNI", note="night of 24 to 25 June 2024"),
            T("Dienstag", "DATE", "2024-06-25", 2),
            T("selben Tag", "DATE", "2024-06-25"),
            T("März", "DATE", "2024-03", 2),
            T("März 2023", "DATE", "2023-03", 1),
            T("der kommenden Woche", "DATE", "2024-W27"),
        ],
        [
            E("ICC issues arrest warrants for Shoigu and Gerasimov", "ACCUSE", ["Russia"], "2024-06-25", "context",
              "occurred", "Der Internationale Strafgerichtshof hat Haftbefehle"),
            E("Russian missile and drone strikes on Ukraine's energy infrastructure from October 2022 to March 2023",
              "ASSAULT", ["Russia", "Ukraine"], "2022-10", "text", "occurred", "Die beiden seien mutmaßlich",
              date_mod="START", note="until March 2023"),
            E("Russia's Security Council calls the warrants void", "REJECT", ["Russia"], "2024-06-26", "published",
              "occurred", "Der Sicherheitsrat in Moskau"),
            E("Peskov: Moscow takes no notice of the court's decisions", "REJECT", ["Dmitry Peskov"], "2024-06-26",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Peskov accuses the West of hybrid warfare by legal means", "ACCUSE", ["Dmitry Peskov"], "2024-06-26",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            E("Zakharova dismissed the warrant against Putin as meaningless", "REJECT", ["Maria Zakharova"], "2023",
              "text", "occurred", "Außenamtssprecherin Maria Sacharowa hatte schon", date_mod="APPROX",
              note="March 2023"),
            E("Zelensky thanks the court", "SUPPORT", ["Volodymyr Zelensky"], "2024-06-26", "published", "occurred",
              "Präsident Wolodymyr Selenskyj dankte"),
            E("Zelensky: justice will catch up with every Russian commander who orders strikes on power plants",
              "THREATEN", ["Volodymyr Zelensky", "Russia"], "2024-06-26", "published", "occurred",
              "Präsident Wolodymyr Selenskyj dankte"),
            E("Kuleba calls on all states parties to execute the warrants", "REQUEST", ["Ukraine"], "2024-06-26",
              "published", "occurred", "Außenminister Dmytro Kuleba forderte"),
            E("Russia has destroyed more than half of Ukraine's power generation since March", "ASSAULT",
              ["Russia", "Ukraine"], "2024-03", "text", "occurred", "Nach Kiewer Angaben", date_mod="START"),
            E("Russian drones attack facilities in western Ukraine overnight", "ASSAULT", ["Russia", "Ukraine"],
              "2024-06-24TNI", "text", "occurred", "Nach Kiewer Angaben"),
            E("Borrell: the EU fully supports the court's work", "AGREE", ["European Union"], "2024-06-26",
              "published", "occurred", "Der EU-Außenbeauftragte Josep Borrell erklärte"),
            E("Baerbock: destroying the power supply of millions is a war crime", "ACCUSE", ["Germany", "Russia"],
              "2024-06-25", "text", "occurred", "Bundesaußenministerin Annalena Baerbock"),
            E("EU formally opens accession negotiations with Ukraine in Luxembourg", "CONSULT",
              ["European Union", "Ukraine"], "2024-06-25", "text", "occurred", "Dort hatte die EU am selben Tag"),
            E("ICC issued warrants for two Russian commanders over the grid attacks in March", "ACCUSE", ["Russia"],
              "2024-03", "text", "occurred", "Bereits im März hatte das Gericht"),
            E("ICC arrest warrant against Putin since March 2023", "ACCUSE", ["Vladimir Putin", "Russia"], "2023-03",
              "text", "occurred", "Putin, gegen den seit März 2023"),
            E("Putin to attend the SCO summit in Astana next week", "CONSULT", ["Vladimir Putin"], "2024-W27", "text",
              "planned", "Putin, gegen den seit März 2023"),
        ],
        [
            S("Russia", "Security Council: the decision is void, Russia is not a party to the Rome Statute",
              "2024-06-26", "published", "Der Sicherheitsrat in Moskau"),
            S("Dmitry Peskov", "Moscow takes no notice of the court's decisions; the West wages hybrid warfare by "
              "legal means", "2024-06-26", "text", "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Maria Zakharova", "The warrant against Putin is meaningless for Russia", "2023", "text",
              "Außenamtssprecherin Maria Sacharowa hatte schon"),
            S("Volodymyr Zelensky", "Every Russian commander who orders strikes on power plants must know justice "
              "will catch up with him", "2024-06-26", "published", "Präsident Wolodymyr Selenskyj dankte"),
            S("Ukraine", "Kuleba: all states parties must execute the warrants", "2024-06-26", "published",
              "Außenminister Dmytro Kuleba forderte"),
            S("Ukraine", "Russia has destroyed more than half of Ukraine's power generation since March", "2024-06-26",
              "published", "Nach Kiewer Angaben"),
            S("European Union", "Borrell: the Union fully supports the court's work", "2024-06-26", "published",
              "Der EU-Außenbeauftragte Josep Borrell erklärte"),
            S("Germany", "Baerbock: whoever deliberately destroys the power supply of millions commits a war crime",
              "2024-06-25", "text", "Bundesaußenministerin Annalena Baerbock"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Vladimir Putin", "Volodymyr Zelensky",
         "European Union", "Germany"],
    ),
]
