"""German articles of the blind91 set (fictionalised; written and annotated blind to the extraction code).

One dense stretch of March 2025 told day by day: Zelensky in Jeddah and the US–Ukrainian talks there, Moscow's
answer, the Trump–Putin call and the energy-strike moratorium, the Riyadh rounds and the Black Sea arrangement.
"""

from build import E, S, T


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


# ---------------------------------------------------------------- b91de01 (Landeszeitung für die Lüneburger Heide)
DE01 = """
Selenskyj beim Kronprinzen: Kiew will in Dschidda eine Teilwaffenruhe anbieten

Dschidda/Lüneburg. Einen Tag vor den mit Spannung erwarteten Gesprächen mit der US-Regierung ist der ukrainische Präsident Wolodymyr Selenskyj am Montag in Saudi-Arabien eingetroffen.
Am Abend empfing ihn Kronprinz Mohammed bin Salman im Al-Salam-Palast zu einem Gespräch, bei dem es nach Angaben des Kiewer Präsidialamts um die Friedensbemühungen, den Austausch von Gefangenen und die Energieversorgung ging.
Selenskyj dankte dem Thronfolger anschließend auf der Plattform X dafür, dass das Königreich der Diplomatie eine „wichtige Plattform“ biete.

Die eigentlichen Verhandlungen führt an diesem Dienstag eine ukrainische Delegation unter Leitung von Präsidialamtschef Andrij Jermak mit der Delegation von US-Außenminister Marco Rubio und dem Nationalen Sicherheitsberater Mike Waltz.
Zu Jermaks Team gehören Außenminister Andrij Sybiha und Verteidigungsminister Rustem Umjerow.
Selenskyj selbst will nicht am Verhandlungstisch sitzen, aber bis zum Abschluss der Gespräche in Dschidda bleiben.
Rubio sagte am Montag auf dem Flug nach Saudi-Arabien vor mitreisenden Journalisten, die Ukraine müsse ebenso wie Russland zu Zugeständnissen bereit sein.
„Man wird diesen Krieg nicht beenden, ohne dass beide Seiten etwas aufgeben“, fügte er hinzu.

Nach Informationen der „Financial Times“ will Kiew den Amerikanern eine Waffenruhe in der Luft und auf See sowie die Freilassung von Gefangenen vorschlagen.
Es ist das erste Treffen beider Seiten auf dieser Ebene seit dem Eklat zwischen US-Präsident Donald Trump und Selenskyj im Oval Office am 28. Februar.
Anfang März hatte Washington daraufhin die Militärhilfe für Kiew ausgesetzt und wenig später auch die Weitergabe von Geheimdienstinformationen gestoppt.
Selenskyj versicherte Trump danach in einem Brief, er sei zu Verhandlungen bereit; der US-Präsident zitierte das Schreiben vergangenen Dienstag in seiner Rede vor dem Kongress.

Der Kreml gab sich abwartend.
Kremlsprecher Dmitri Peskow sagte am Montag, Moskau stehe mit Washington in Kontakt, Gespräche mit Kiew seien derzeit aber nicht vorgesehen.
Der Sondergesandte Steve Witkoff soll nach Angaben aus Washington in den kommenden Tagen zu Gesprächen nach Moskau reisen.
Am Freitag hatte Trump Russland mit umfassenden Bankensanktionen und Zöllen gedroht, solange keine Waffenruhe und kein Friedensabkommen erreicht seien.
Zugleich gehen die Angriffe weiter: In der Nacht zum Montag feuerte Russland nach Angaben der ukrainischen Luftwaffe 176 Drohnen und zwölf Raketen ab, in der Region Odessa wurden Energieanlagen getroffen.

Auch in Lüneburg werden die Gespräche aufmerksam verfolgt.
Rund 1400 Menschen aus der Ukraine haben seit 2022 in Stadt und Landkreis Zuflucht gefunden.
„Wir hoffen auf eine Waffenruhe, aber nicht um jeden Preis“, sagte Oksana Melnyk vom Verein Ukrainisches Haus unserer Zeitung.
"""

D01 = doc(
    "b91de01_selenskyj_dschidda_kronprinz_2025_03", "2025-03-10", DE01,
    [
        T("Montag", "DATE", "2025-03-10", 0),
        T("Abend", "TIME", "2025-03-10TEV"),
        T("diesem Dienstag", "DATE", "2025-03-11"),
        T("Montag", "DATE", "2025-03-10", 1),
        T("28. Februar", "DATE", "2025-02-28"),
        T("Anfang März", "DATE", "2025-03", mod="START"),
        T("vergangenen Dienstag", "DATE", "2025-03-04"),
        T("Montag", "DATE", "2025-03-10", 2),
        T("derzeit", "DATE", "PRESENT_REF"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Freitag", "DATE", "2025-03-07"),
        T("der Nacht zum Montag", "TIME", "2025-03-09TNI", note="night of 9 to 10 March"),
        T("2022", "DATE", "2022"),
    ],
    [
        E("Crown Prince Mohammed bin Salman receives Zelensky in Jeddah", "CONSULT",
          ["Saudi Arabia", "Volodymyr Zelensky"], "2025-03-10TEV", "text", "occurred", "Am Abend empfing ihn Kronprinz"),
        E("Zelensky thanks Saudi Arabia for offering a platform for diplomacy", "SUPPORT",
          ["Volodymyr Zelensky", "Saudi Arabia"], "2025-03-10", "context", "occurred", "dankte dem Thronfolger"),
        E("US–Ukrainian talks in Jeddah: Yermak's delegation meets Rubio's", "CONSULT",
          ["Andriy Yermak", "Andrii Sybiha", "Rustem Umerov", "Ukraine", "Marco Rubio", "United States"],
          "2025-03-11", "text", "planned", "Die eigentlichen Verhandlungen führt"),
        E("Rubio: Ukraine, like Russia, must be ready for concessions", "REQUEST",
          ["Marco Rubio", "Ukraine", "Russia"], "2025-03-10", "text", "occurred", "Rubio sagte am Montag auf dem Flug"),
        E("Kyiv to propose a truce in the air and at sea and a release of prisoners to the Americans", "REQUEST",
          ["Ukraine", "United States"], "2025-03-11", "context", "planned", "Nach Informationen der"),
        E("Oval Office clash between Trump and Zelensky", "CONSULT", ["Donald Trump", "Volodymyr Zelensky"],
          "2025-02-28", "text", "occurred", "seit dem Eklat zwischen US-Präsident"),
        E("Washington suspends military aid to Kyiv", "SANCTION", ["United States", "Ukraine"], "2025-03", "text",
          "occurred", "Anfang März hatte Washington", date_mod="START", note="pause took effect on 3/4 March 2025"),
        E("Washington stops sharing intelligence with Kyiv", "SANCTION", ["United States", "Ukraine"], "2025-03",
          "context", "occurred", "Anfang März hatte Washington", date_mod="START", note="made known on 5 March 2025"),
        E("Zelensky assures Trump in a letter that he is ready to negotiate", "AGREE",
          ["Volodymyr Zelensky", "Donald Trump"], "2025-03-04", "context", "occurred",
          "Selenskyj versicherte Trump danach", note="letter quoted by Trump before Congress on 4 March"),
        E("Witkoff to travel to Moscow for talks", "CONSULT", ["Steve Witkoff", "Russia"], "FUTURE_REF", "vague",
          "planned", "Der Sondergesandte Steve Witkoff soll"),
        E("Trump threatens Russia with sweeping bank sanctions and tariffs", "THREATEN", ["Donald Trump", "Russia"],
          "2025-03-07", "text", "occurred", "Am Freitag hatte Trump Russland"),
        E("Russian drone and missile attack, energy sites in Odesa region hit", "ASSAULT", ["Russia", "Ukraine"],
          "2025-03-09TNI", "text", "occurred", "In der Nacht zum Montag feuerte"),
    ],
    [
        S("Ukraine", "Presidential office: the talks with the crown prince were about peace efforts, prisoners and "
          "energy", "2025-03-10", "context", "Am Abend empfing ihn Kronprinz"),
        S("Volodymyr Zelensky", "Thanks the kingdom for an important platform for diplomacy", "2025-03-10", "context",
          "dankte dem Thronfolger"),
        S("Volodymyr Zelensky", "Will not sit at the table himself but stay in Jeddah until the talks end",
          "2025-03-10", "published", "Selenskyj selbst will nicht"),
        S("Marco Rubio", "Ukraine, like Russia, must be ready for concessions", "2025-03-10", "text",
          "Rubio sagte am Montag auf dem Flug"),
        S("Marco Rubio", "The war will not end unless both sides give something up", "2025-03-10", "context",
          "fügte er hinzu"),
        S("Volodymyr Zelensky", "Letter to Trump: ready to negotiate", "2025-03-04", "context",
          "Selenskyj versicherte Trump danach"),
        S("Kremlin", "The Kremlin waits", "2025-03-10", "published", "Der Kreml gab sich abwartend."),
        S("Dmitry Peskov", "Moscow is in contact with Washington; talks with Kyiv are not planned at present",
          "2025-03-10", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
        S("United States", "Witkoff is to travel to Moscow in the coming days", "2025-03-10", "published",
          "Der Sondergesandte Steve Witkoff soll"),
        S("Donald Trump", "Threatens bank sanctions and tariffs on Russia until a ceasefire and peace deal",
          "2025-03-07", "text", "Am Freitag hatte Trump Russland"),
        S("Ukraine", "Air force: Russia fired 176 drones and twelve missiles overnight", "2025-03-10", "published",
          "In der Nacht zum Montag feuerte"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Saudi Arabia", "United States", "Andriy Yermak", "Marco Rubio",
     "Andrii Sybiha", "Rustem Umerov", "Russia", "Donald Trump", "Kremlin", "Dmitry Peskov", "Steve Witkoff"],
)

# ---------------------------------------------------------------- b91de02 (Wetterauer Zeitung)
DE02 = """
Kiew sagt Ja zur 30-Tage-Waffenruhe – USA liefern wieder Waffen und Daten

Dschidda/Friedberg. Nach mehr als achtstündigen Verhandlungen in Dschidda hat sich die Ukraine bereit erklärt, einen amerikanischen Vorschlag für eine sofortige 30-tägige Waffenruhe anzunehmen.
Das geht aus einer gemeinsamen Erklärung beider Delegationen hervor, die am Dienstagabend veröffentlicht wurde.
Die Feuerpause soll im gegenseitigen Einvernehmen verlängert werden können und setzt voraus, dass Russland ihr zustimmt und sie zeitgleich umsetzt.
Im Gegenzug heben die USA die Pause beim Austausch von Geheimdienstinformationen auf und nehmen die Sicherheitshilfe für Kiew wieder auf.

Beide Seiten vereinbarten zudem, so bald wie möglich ein Abkommen über ukrainische Rohstoffe abzuschließen.
Gemeinsam wollen sie sich außerdem um den Austausch von Kriegsgefangenen, die Freilassung festgehaltener Zivilisten und die Rückkehr verschleppter ukrainischer Kinder bemühen.
„Der Ball liegt jetzt im Feld der Russen“, sagte US-Außenminister Marco Rubio nach dem Treffen; Moskau müsse sich entscheiden.
Der Nationale Sicherheitsberater Mike Waltz kündigte an, in den kommenden Tagen mit seinem russischen Gegenüber zu telefonieren.
Präsident Wolodymyr Selenskyj sprach in seiner abendlichen Videoansprache von einem „positiven Vorschlag“, der nicht nur den Himmel und das Meer, sondern die gesamte Frontlinie umfasse.

US-Präsident Donald Trump sagte am Dienstag, er hoffe auf eine Zustimmung Moskaus, und kündigte an, noch in dieser Woche mit Kremlchef Wladimir Putin sprechen zu wollen.
Der Kreml reagierte zurückhaltend.
Man wolle den Ereignissen „nicht vorgreifen“ und warte auf die Unterrichtung durch Washington, sagte Kremlsprecher Dmitri Peskow am Mittwoch.
Außenamtssprecherin Maria Sacharowa betonte, Russlands Position werde „in Moskau und nicht im Ausland“ festgelegt.

Bundeskanzler Olaf Scholz (SPD) begrüßte die Einigung als „wichtigen und richtigen Schritt“.
Auch der französische Präsident Emmanuel Macron und der britische Premierminister Keir Starmer lobten das Ergebnis.
CDU-Chef Friedrich Merz, der voraussichtlich nächster Kanzler wird, forderte Russland auf, „jetzt ohne Vorbedingungen“ einzuschlagen.
Über das polnische Logistikzentrum Rzeszów rollen nach Angaben aus Warschau seit Mittwochmorgen wieder amerikanische Waffenlieferungen in die Ukraine.

In Friedberg, wo bis 2007 US-Soldaten in den Ray Barracks stationiert waren, wird die Kehrtwende in Washington aufmerksam verfolgt.
Die Kreisstadt hat seit Kriegsbeginn mehr als 600 Geflüchtete aus der Ukraine aufgenommen.
„Eine Waffenruhe wäre ein Anfang, aber die Menschen hier trauen Putin nicht“, sagte Bürgermeister Kevin Gregory (CDU) dieser Zeitung.
"""

D02 = doc(
    "b91de02_dschidda_einigung_waffenruhe_2025_03", "2025-03-12", DE02,
    [
        T("30-Tage", "DURATION", "P30D"),
        T("mehr als achtstündigen", "DURATION", "PT8H", mod="MORE_THAN"),
        T("30-tägige", "DURATION", "P30D"),
        T("Dienstagabend", "TIME", "2025-03-11TEV"),
        T("jetzt", "DATE", "PRESENT_REF", 0, note="in Rubio's quote"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("abendlichen", "SET", "P1D"),
        T("Dienstag", "DATE", "2025-03-11"),
        T("dieser Woche", "DATE", "2025-W11"),
        T("Mittwoch", "DATE", "2025-03-12"),
        T("jetzt", "DATE", "PRESENT_REF", 1, note="in Merz's quote"),
        T("Mittwochmorgen", "TIME", "2025-03-12TMO"),
        T("2007", "DATE", "2007"),
    ],
    [
        E("US–Ukrainian talks in Jeddah", "CONSULT", ["United States", "Ukraine"], "2025-03-11", "context", "occurred",
          "Nach mehr als achtstündigen Verhandlungen", note="dated by the joint statement of Tuesday evening"),
        E("Ukraine agrees to accept the US proposal of an immediate 30-day ceasefire", "AGREE",
          ["Ukraine", "United States"], "2025-03-11", "context", "occurred", "Nach mehr als achtstündigen Verhandlungen"),
        E("US proposes an immediate 30-day ceasefire", "REQUEST", ["United States", "Ukraine"], "2025-03-11",
          "context", "occurred", "Nach mehr als achtstündigen Verhandlungen"),
        E("The ceasefire is conditional on Russia accepting and implementing it at the same time", "REQUEST",
          ["United States", "Ukraine", "Russia"], "2025-03-11", "context", "occurred", "Die Feuerpause soll"),
        E("US lifts the pause on intelligence sharing and resumes security assistance to Kyiv", "AID",
          ["United States", "Ukraine"], "2025-03-11", "context", "occurred", "Im Gegenzug heben die USA"),
        E("US and Ukraine agree to conclude a minerals deal as soon as possible", "AGREE",
          ["United States", "Ukraine"], "2025-03-11", "context", "occurred", "ein Abkommen über ukrainische Rohstoffe"),
        E("US and Ukraine to work together on prisoner exchanges, detained civilians and deported children",
          "COOPERATE", ["United States", "Ukraine"], "2025-03-11", "context", "planned", "Gemeinsam wollen sie sich"),
        E("Rubio: the ball is in Russia's court, Moscow must decide", "REQUEST", ["Marco Rubio", "Russia"],
          "2025-03-11", "context", "occurred", "Der Ball liegt jetzt"),
        E("Waltz to phone his Russian counterpart", "CONSULT", ["United States", "Russia"], "FUTURE_REF", "vague",
          "planned", "Mike Waltz kündigte an"),
        E("Zelensky welcomes the positive proposal", "SUPPORT", ["Volodymyr Zelensky", "United States"],
          "2025-03-11", "context", "occurred", "positiven Vorschlag"),
        E("Trump to speak with Putin this week", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-W11", "text",
          "planned", "noch in dieser Woche"),
        E("Scholz welcomes the Jeddah agreement", "SUPPORT", ["Olaf Scholz", "United States", "Ukraine"],
          "2025-03-12", "published", "occurred", "begrüßte die Einigung"),
        E("Macron and Starmer praise the result", "SUPPORT",
          ["Emmanuel Macron", "Keir Starmer", "United States", "Ukraine"], "2025-03-12", "published", "occurred",
          "lobten das Ergebnis"),
        E("Merz calls on Russia to accept without preconditions", "REQUEST", ["Friedrich Merz", "Russia"],
          "2025-03-12", "published", "occurred", "CDU-Chef Friedrich Merz"),
        E("US weapons deliveries to Ukraine via Rzeszów resume", "AID", ["United States", "Ukraine"],
          "2025-03-12TMO", "text", "occurred", "Über das polnische Logistikzentrum", date_mod="START"),
    ],
    [
        S("Joint statement: United States, Ukraine", "Ukraine is ready to accept an immediate 30-day ceasefire",
          "2025-03-11TEV", "text", "gemeinsamen Erklärung beider Delegationen"),
        S("Joint statement: United States, Ukraine", "The ceasefire can be extended and depends on Russia's acceptance "
          "and implementation", "2025-03-11", "context", "Die Feuerpause soll"),
        S("Marco Rubio", "The ball is in Russia's court; Moscow must decide", "2025-03-11", "context",
          "Der Ball liegt jetzt"),
        S("United States", "Waltz will phone his Russian counterpart in the coming days", "2025-03-11", "context",
          "Mike Waltz kündigte an"),
        S("Volodymyr Zelensky", "A positive proposal covering the sky, the sea and the whole front line", "2025-03-11",
          "context", "positiven Vorschlag"),
        S("Donald Trump", "Hopes Moscow agrees; wants to talk to Putin this week", "2025-03-11", "text",
          "noch in dieser Woche"),
        S("Kremlin", "The Kremlin reacts with restraint", "2025-03-12", "published", "Der Kreml reagierte zurückhaltend."),
        S("Dmitry Peskov", "Moscow does not want to get ahead of events and awaits a US briefing", "2025-03-12", "text",
          "sagte Kremlsprecher Dmitri Peskow am Mittwoch"),
        S("Maria Zakharova", "Russia's position is set in Moscow, not abroad", "2025-03-12", "published",
          "Außenamtssprecherin Maria Sacharowa"),
        S("Olaf Scholz", "The agreement is an important and right step", "2025-03-12", "published",
          "begrüßte die Einigung"),
        S("Emmanuel Macron", "Praises the Jeddah result", "2025-03-12", "published", "lobten das Ergebnis"),
        S("Keir Starmer", "Praises the Jeddah result", "2025-03-12", "published", "lobten das Ergebnis"),
        S("Friedrich Merz", "Russia must accept now without preconditions", "2025-03-12", "published",
          "CDU-Chef Friedrich Merz"),
        S("Poland", "US weapons deliveries via Rzeszów resumed on Wednesday morning", "2025-03-12", "published",
          "Über das polnische Logistikzentrum"),
    ],
    ["Ukraine", "United States", "Russia", "Marco Rubio", "Volodymyr Zelensky", "Donald Trump", "Kremlin",
     "Vladimir Putin", "Dmitry Peskov", "Maria Zakharova", "Olaf Scholz", "Germany", "Emmanuel Macron", "France",
     "Keir Starmer", "United Kingdom", "Friedrich Merz", "Poland"],
)

# ---------------------------------------------------------------- b91de03 (Sankt Petersburgische Zeitung)
DE03 = """
„Vorsichtiger Optimismus“ im Kreml nach Witkoffs Nachtbesuch

Moskau/St. Petersburg. Nach dem Treffen von Präsident Wladimir Putin mit dem US-Sondergesandten Steve Witkoff gibt sich der Kreml vorsichtig zuversichtlich.
Putin habe Witkoff am späten Donnerstagabend im Kreml empfangen und ihm „zusätzliche Informationen und Signale“ für US-Präsident Donald Trump mitgegeben, sagte Kremlsprecher Dmitri Peskow am Freitag.
Es gebe Grund für „vorsichtigen Optimismus“, ein Telefonat der beiden Präsidenten solle bald stattfinden.
Witkoff war am Donnerstag am Flughafen Wnukowo von Kirill Dmitrijew empfangen worden, dem Chef des Russischen Direktinvestitionsfonds, der seither von neuen Geschäftsmöglichkeiten für amerikanische Firmen in der Arktis spricht.

Bereits am Donnerstag hatte Putin bei einer Pressekonferenz mit dem belarussischen Staatschef Alexander Lukaschenko gesagt, die Idee einer Waffenruhe sei „richtig“ und Russland unterstütze sie, es gebe aber „Nuancen“.
Er verlangte unter anderem Klarheit darüber, wer eine Feuerpause entlang der rund 2000 Kilometer langen Front überwachen solle, und forderte Garantien, dass Kiew die 30 Tage nicht zur Mobilmachung und Aufrüstung nutze.
Der ukrainische Präsident Wolodymyr Selenskyj nannte die Antwort noch am Donnerstagabend „sehr manipulativ“: Putin habe lediglich Angst, Trump offen Nein zu sagen.

Für Aufsehen sorgte am Freitag ein Appell Trumps.
Er habe Putin „dringend gebeten“, das Leben Tausender ukrainischer Soldaten zu schonen, die im Gebiet Kursk „vollständig eingekesselt“ seien, schrieb der US-Präsident auf seiner Plattform Truth Social.
Putin antwortete am Freitagabend bei einer Sitzung des Sicherheitsrats, er sei bereit, der Bitte nachzukommen, sofern die Soldaten die Waffen niederlegten und sich ergäben.
Der ukrainische Generalstab wies die Darstellung einer Einkesselung ebenfalls am Freitag als „Propaganda“ zurück.
Russische Truppen hatten am Donnerstag nach Angaben des Verteidigungsministeriums die Kleinstadt Sudscha zurückerobert, die seit August unter ukrainischer Kontrolle gestanden hatte.

Am Samstag telefonierten Außenminister Sergej Lawrow und sein US-Kollege Marco Rubio.
Nach Angaben des Außenministeriums in Moskau ging es um die Umsetzung der am 18. Februar in Riad vereinbarten Schritte, etwa die Rückkehr von Diplomaten an die Botschaften.
Rubio habe zugesagt, weiter an der Wiederherstellung der Kommunikation zu arbeiten, erklärte das State Department.
Zeitgleich beriet der britische Premier Keir Starmer per Videokonferenz mit rund 25 Staats- und Regierungschefs über Sicherheitsgarantien für die Ukraine.
Putin müsse „an den Tisch kommen“, sagte Starmer danach.

In St. Petersburg werden die Signale aus Washington mit Interesse verfolgt.
Im Hafen hofft man auf eine Lockerung der Sanktionen gegen die Schifffahrt, wie ein Sprecher der Hafenverwaltung dieser Zeitung sagte.
Die Veranstalter des Internationalen Wirtschaftsforums im Juni rechnen erstmals seit 2022 wieder mit Gästen aus den USA.
"""

D03 = doc(
    "b91de03_kreml_witkoff_kursk_2025_03", "2025-03-15", DE03,
    [
        T("späten Donnerstagabend", "TIME", "2025-03-13TEV"),
        T("Freitag", "DATE", "2025-03-14", 0),
        T("bald", "DATE", "FUTURE_REF"),
        T("Donnerstag", "DATE", "2025-03-13", 0),
        T("Donnerstag", "DATE", "2025-03-13", 1),
        T("30 Tage", "DURATION", "P30D"),
        T("Donnerstagabend", "TIME", "2025-03-13TEV", 1),
        T("Freitag", "DATE", "2025-03-14", 1),
        T("Freitagabend", "TIME", "2025-03-14TEV"),
        T("Freitag", "DATE", "2025-03-14", 2),
        T("Donnerstag", "DATE", "2025-03-13", 2),
        T("August", "DATE", "2024-08"),
        T("Samstag", "DATE", "2025-03-15"),
        T("18. Februar", "DATE", "2025-02-18"),
        T("Juni", "DATE", "2025-06"),
        T("2022", "DATE", "2022"),
    ],
    [
        E("Putin receives Witkoff in the Kremlin late on Thursday", "CONSULT", ["Vladimir Putin", "Steve Witkoff"],
          "2025-03-13TEV", "text", "occurred", "Putin habe Witkoff am späten Donnerstagabend"),
        E("Trump–Putin phone call to take place soon", "CONSULT", ["Donald Trump", "Vladimir Putin"], "FUTURE_REF",
          "vague", "planned", "ein Telefonat der beiden Präsidenten solle bald"),
        E("Dmitriev receives Witkoff at Vnukovo airport", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
          "2025-03-13", "text", "occurred", "am Flughafen Wnukowo"),
        E("Putin and Lukashenko hold a joint press conference", "CONSULT",
          ["Vladimir Putin", "Alexander Lukashenko"], "2025-03-13", "text", "occurred",
          "Bereits am Donnerstag hatte Putin"),
        E("Putin supports the idea of a ceasefire in principle", "AGREE", ["Vladimir Putin", "United States"],
          "2025-03-13", "context", "occurred", "Bereits am Donnerstag hatte Putin"),
        E("Putin demands clarity on monitoring and guarantees that Kyiv will not rearm during the truce", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2025-03-13", "context", "occurred", "Er verlangte unter anderem Klarheit"),
        E("Zelensky calls Putin's answer very manipulative", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-03-13TEV", "text", "occurred", "sehr manipulativ"),
        E("Trump asks Putin to spare the Ukrainian soldiers in the Kursk region", "REQUEST",
          ["Donald Trump", "Vladimir Putin"], "2025-03-14", "context", "occurred", "dringend gebeten"),
        E("Putin agrees to Trump's plea if the soldiers surrender", "AGREE", ["Vladimir Putin", "Donald Trump"],
          "2025-03-14TEV", "text", "occurred", "Putin antwortete am Freitagabend"),
        E("Putin demands that the Ukrainian soldiers lay down their arms", "REQUEST", ["Vladimir Putin", "Ukraine"],
          "2025-03-14TEV", "context", "occurred", "Putin antwortete am Freitagabend"),
        E("Ukraine's General Staff rejects the encirclement claim as propaganda", "REJECT", ["Ukraine", "Russia"],
          "2025-03-14", "text", "occurred", "wies die Darstellung einer Einkesselung"),
        E("Russian troops retake Sudzha", "ASSAULT", ["Russia", "Ukraine"], "2025-03-13", "text", "occurred",
          "die Kleinstadt Sudscha zurückerobert"),
        E("Sudzha under Ukrainian control since August", "COERCE", ["Ukraine", "Russia"], "2024-08", "text",
          "occurred", "die Kleinstadt Sudscha zurückerobert", date_mod="START"),
        E("Lavrov–Rubio phone call", "CONSULT", ["Sergey Lavrov", "Marco Rubio"], "2025-03-15", "text", "occurred",
          "Am Samstag telefonierten"),
        E("Steps agreed in Riyadh on 18 February", "AGREE", ["Russia", "United States"], "2025-02-18", "text",
          "occurred", "am 18. Februar in Riad vereinbarten"),
        E("Rubio pledges to keep working on restoring communication", "AGREE", ["Marco Rubio", "Russia"],
          "2025-03-15", "context", "occurred", "Rubio habe zugesagt"),
        E("Starmer's video conference with about 25 leaders on security guarantees", "CONSULT", ["Keir Starmer"],
          "2025-03-15", "context", "occurred", "per Videokonferenz"),
        E("Starmer: Putin must come to the table", "REQUEST", ["Keir Starmer", "Vladimir Putin"], "2025-03-15",
          "context", "occurred", "an den Tisch kommen"),
    ],
    [
        S("Kremlin", "The Kremlin is cautiously confident after the Witkoff meeting", "2025-03-15", "published",
          "gibt sich der Kreml vorsichtig zuversichtlich"),
        S("Dmitry Peskov", "Putin received Witkoff late on Thursday and gave him information and signals for Trump",
          "2025-03-14", "text", "Putin habe Witkoff am späten Donnerstagabend"),
        S("Dmitry Peskov", "There is reason for cautious optimism; a call of the presidents is to take place soon",
          "2025-03-14", "context", "ein Telefonat der beiden Präsidenten solle bald"),
        S("Kirill Dmitriev", "New business opportunities for US firms in the Arctic", "2025-03-15", "published",
          "am Flughafen Wnukowo"),
        S("Vladimir Putin", "The idea of a ceasefire is right and Russia supports it, but there are nuances",
          "2025-03-13", "text", "Bereits am Donnerstag hatte Putin"),
        S("Vladimir Putin", "Who would monitor a truce along the front; guarantees that Kyiv will not rearm",
          "2025-03-13", "context", "Er verlangte unter anderem Klarheit"),
        S("Volodymyr Zelensky", "Putin's answer is very manipulative; he is afraid to say no to Trump",
          "2025-03-13TEV", "text", "sehr manipulativ"),
        S("Donald Trump", "Has urged Putin to spare the encircled Ukrainian soldiers in the Kursk region",
          "2025-03-14", "context", "dringend gebeten"),
        S("Vladimir Putin", "Ready to comply if the soldiers lay down their arms and surrender", "2025-03-14TEV",
          "text", "Putin antwortete am Freitagabend"),
        S("Ukraine", "General Staff: talk of an encirclement is propaganda", "2025-03-14", "text",
          "wies die Darstellung einer Einkesselung"),
        S("Russia", "Defence ministry: Sudzha retaken", "2025-03-15", "published",
          "die Kleinstadt Sudscha zurückerobert"),
        S("Russia", "Foreign ministry: the call was about implementing the steps agreed in Riyadh", "2025-03-15",
          "context", "Nach Angaben des Außenministeriums in Moskau"),
        S("Marco Rubio", "Will keep working on restoring communication", "2025-03-15", "context",
          "Rubio habe zugesagt"),
        S("Keir Starmer", "Putin must come to the table", "2025-03-15", "context", "an den Tisch kommen"),
    ],
    ["Vladimir Putin", "Steve Witkoff", "Kremlin", "Donald Trump", "United States", "Dmitry Peskov",
     "Kirill Dmitriev", "Russia", "Alexander Lukashenko", "Belarus", "Ukraine", "Volodymyr Zelensky",
     "Sergey Lavrov", "Marco Rubio", "Keir Starmer", "United Kingdom"],
)

# ---------------------------------------------------------------- b91de04 (Liechtensteiner Volksblatt)
DE04 = """
Putin stimmt Pause bei Angriffen auf Energieanlagen zu – eine umfassende Waffenruhe lehnt er ab

Vaduz/Washington. Nach einem mehr als zweistündigen Telefonat mit US-Präsident Donald Trump hat Kremlchef Wladimir Putin einer 30-tägigen Pause bei Angriffen auf die Energieinfrastruktur der Ukraine zugestimmt.
Das Gespräch am Dienstag dauerte nach Kremlangaben rund zweieinhalb Stunden; Putin habe dem Militär noch während des Telefonats den entsprechenden Befehl erteilt.
Eine vollständige Waffenruhe, wie sie die USA und die Ukraine vor einer Woche in Dschidda vorgeschlagen hatten, lehnte Putin dagegen ab.

Als «Schlüsselbedingung» für eine Beilegung des Konflikts nannte Putin laut Kreml die vollständige Einstellung der ausländischen Militärhilfe und der Weitergabe von Geheimdienstinformationen an Kiew.
Zudem verlangte er Garantien, dass die Ukraine eine Feuerpause nicht zur Mobilisierung und Aufrüstung nutze.
Beide Präsidenten verständigten sich darauf, dass Russland und die Ukraine an diesem Mittwoch je 175 Kriegsgefangene austauschen; zusätzlich will Moskau 23 schwer verwundete ukrainische Soldaten übergeben.
Über eine Waffenruhe im Schwarzen Meer sollen Unterhändler in den kommenden Tagen im Nahen Osten verhandeln, teilte das Weisse Haus mit.
Auch auf Eishockeyspiele zwischen Profis der nordamerikanischen NHL und der russischen KHL einigten sich die beiden.

Trump sprach auf seiner Plattform Truth Social von einem «sehr guten und produktiven» Gespräch.
Der ukrainische Präsident Wolodymyr Selenskyj sagte am Dienstagabend, Kiew werde einen Verzicht auf Angriffe gegen Energieanlagen unterstützen, wolle aber zuerst von Trump die Einzelheiten erfahren.
Putin habe einen umfassenden Waffenstillstand mit seiner Antwort «faktisch abgelehnt», fügte er hinzu.
In der Nacht zum Mittwoch griff Russland die Ukraine nach Angaben der Luftwaffe mit 145 Drohnen an; in Slowjansk wurde die Stromversorgung getroffen, in Sumy ein Spital.
«Putins Worte sind weit von der Realität entfernt», schrieb Selenskyj am Mittwochmorgen.
Moskau warf Kiew seinerseits vor, mit Drohnen ein Öllager in der südrussischen Region Krasnodar angegriffen und so die Initiative des US-Präsidenten «sabotiert» zu haben.

Regierungschefin Brigitte Haas bezeichnete die Einigung in Vaduz als «ersten Schritt», ein dauerhafter Frieden sei aber nur mit der Ukraine am Verhandlungstisch möglich.
Liechtenstein trägt die Sanktionen der EU gegen Russland seit 2022 mit und hat bislang rund 900 Schutzsuchende aus der Ukraine aufgenommen.
"""

D04 = doc(
    "b91de04_putin_trump_energiemoratorium_2025_03", "2025-03-19", DE04,
    [
        T("mehr als zweistündigen", "DURATION", "PT2H", mod="MORE_THAN"),
        T("30-tägigen", "DURATION", "P30D"),
        T("Dienstag", "DATE", "2025-03-18"),
        T("rund zweieinhalb Stunden", "DURATION", "PT2H30M", mod="APPROX"),
        T("vor einer Woche", "DATE", "2025-W11"),
        T("diesem Mittwoch", "DATE", "2025-03-19"),
        T("den kommenden Tagen", "DATE", "FUTURE_REF"),
        T("Dienstagabend", "TIME", "2025-03-18TEV"),
        T("der Nacht zum Mittwoch", "TIME", "2025-03-18TNI", note="night of 18 to 19 March"),
        T("Mittwochmorgen", "TIME", "2025-03-19TMO"),
        T("2022", "DATE", "2022"),
    ],
    [
        E("Putin agrees to a 30-day pause in strikes on Ukraine's energy infrastructure", "AGREE",
          ["Vladimir Putin", "Donald Trump"], "2025-03-18", "context", "occurred", "einer 30-tägigen Pause"),
        E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18", "text", "occurred",
          "Das Gespräch am Dienstag"),
        E("Putin orders the military to halt strikes on energy infrastructure", "RETREAT", ["Russia", "Ukraine"],
          "2025-03-18", "context", "occurred", "den entsprechenden Befehl", note="30-day moratorium from 18 March"),
        E("Putin rejects a full ceasefire", "REJECT", ["Vladimir Putin", "United States", "Ukraine"], "2025-03-18",
          "context", "occurred", "lehnte Putin dagegen ab"),
        E("US and Ukraine propose a full ceasefire in Jeddah", "REQUEST", ["United States", "Ukraine", "Russia"],
          "2025-W11", "text", "occurred", "lehnte Putin dagegen ab", note="Jeddah talks of 11 March"),
        E("Putin's key condition: a complete halt to foreign military aid and intelligence for Kyiv", "REQUEST",
          ["Vladimir Putin", "United States", "Ukraine"], "2025-03-18", "context", "occurred", "Schlüsselbedingung"),
        E("Putin demands guarantees that Ukraine will not use a truce to mobilise and rearm", "REQUEST",
          ["Vladimir Putin", "Ukraine"], "2025-03-18", "context", "occurred", "Zudem verlangte er Garantien"),
        E("Trump and Putin agree on a 175-for-175 prisoner exchange", "AGREE", ["Donald Trump", "Vladimir Putin"],
          "2025-03-18", "context", "occurred", "je 175 Kriegsgefangene"),
        E("Russia and Ukraine to exchange 175 prisoners of war each", "CONCEDE", ["Russia", "Ukraine"], "2025-03-19",
          "text", "planned", "je 175 Kriegsgefangene"),
        E("Moscow to hand over 23 seriously wounded Ukrainian soldiers", "CONCEDE", ["Russia", "Ukraine"],
          "2025-03-19", "context", "planned", "je 175 Kriegsgefangene"),
        E("Negotiations on a Black Sea ceasefire in the Middle East", "CONSULT", ["United States", "Russia"],
          "FUTURE_REF", "vague", "planned", "Über eine Waffenruhe im Schwarzen Meer"),
        E("Trump and Putin agree on ice hockey games between NHL and KHL players", "AGREE",
          ["Donald Trump", "Vladimir Putin"], "2025-03-18", "context", "occurred", "Eishockeyspiele"),
        E("Zelensky: Kyiv will support a halt to strikes on energy facilities", "AGREE",
          ["Volodymyr Zelensky", "Russia"], "2025-03-18TEV", "text", "occurred", "Dienstagabend, Kiew werde"),
        E("Zelensky wants the details from Trump first", "REQUEST", ["Volodymyr Zelensky", "Donald Trump"],
          "2025-03-18TEV", "text", "occurred", "Dienstagabend, Kiew werde"),
        E("Russian drone attack hits power supply in Sloviansk and a hospital in Sumy", "ASSAULT",
          ["Russia", "Ukraine"], "2025-03-18TNI", "text", "occurred", "In der Nacht zum Mittwoch griff Russland"),
        E("Zelensky: Putin's words are far from reality", "ACCUSE", ["Volodymyr Zelensky", "Vladimir Putin"],
          "2025-03-19TMO", "text", "occurred", "weit von der Realität entfernt"),
        E("Moscow accuses Kyiv of a drone attack on an oil depot in Krasnodar region and of sabotage", "ACCUSE",
          ["Russia", "Ukraine"], "2025-03-19", "published", "occurred", "Moskau warf Kiew seinerseits vor"),
        E("EU sanctions against Russia since 2022, applied by Liechtenstein", "SANCTION",
          ["European Union", "Russia"], "2022", "text", "occurred", "Liechtenstein trägt die Sanktionen",
          date_mod="START"),
        E("Liechtenstein's head of government welcomes the agreement as a first step", "SUPPORT",
          ["Donald Trump", "Vladimir Putin"], "2025-03-19", "published", "occurred", "Regierungschefin Brigitte Haas"),
    ],
    [
        S("Kremlin", "The call lasted about two and a half hours; Putin gave the order to the military during it",
          "2025-03-18", "context", "Das Gespräch am Dienstag"),
        S("Vladimir Putin, via Kremlin", "Key condition is a complete halt to foreign military aid and intelligence "
          "for Kyiv", "2025-03-18", "context", "Schlüsselbedingung"),
        S("Vladimir Putin, via Kremlin", "Ukraine must not use a truce to mobilise and rearm", "2025-03-18",
          "context", "Zudem verlangte er Garantien"),
        S("White House", "Negotiators will discuss a Black Sea ceasefire in the Middle East in the coming days",
          "2025-03-18", "context", "Über eine Waffenruhe im Schwarzen Meer"),
        S("Donald Trump", "A very good and productive call", "2025-03-18", "context", "Truth Social"),
        S("Volodymyr Zelensky", "Kyiv will support a halt to strikes on energy but wants the details from Trump",
          "2025-03-18TEV", "text", "Dienstagabend, Kiew werde"),
        S("Volodymyr Zelensky", "Putin has effectively rejected a full ceasefire", "2025-03-18TEV", "context",
          "faktisch abgelehnt"),
        S("Ukraine", "Air force: Russia attacked with 145 drones overnight", "2025-03-19", "published",
          "In der Nacht zum Mittwoch griff Russland"),
        S("Volodymyr Zelensky", "Putin's words are far from reality", "2025-03-19TMO", "text",
          "weit von der Realität entfernt"),
        S("Russia", "Kyiv attacked an oil depot in Krasnodar region and sabotaged Trump's initiative", "2025-03-19",
          "published", "Moskau warf Kiew seinerseits vor"),
    ],
    ["Donald Trump", "United States", "Kremlin", "Vladimir Putin", "Ukraine", "Russia", "White House",
     "Volodymyr Zelensky", "European Union"],
)

# ---------------------------------------------------------------- b91de05 (ServusTV Nachrichten)
DE05 = """
Verhandlungsmarathon in Riad: Jetzt sitzen Amerikaner und Russen am Tisch

Riad/Salzburg – Einen Tag nach ihren Gesprächen mit der ukrainischen Delegation haben US-Unterhändler am Montag in der saudischen Hauptstadt Verhandlungen mit Vertretern Russlands aufgenommen.
Das Treffen in einem Luxushotel begann am Vormittag und dauerte am Abend noch an, wie russische Staatsmedien berichteten.
Die russische Delegation führen der frühere Diplomat Grigori Karassin und der Geheimdienstberater Sergej Beseda an.
„Wir reden über alles, es ist intensiv“, sagte Karassin in einer Verhandlungspause der Agentur RIA Nowosti.

Die Ukraine hatte bereits am Sonntagabend mit den Amerikanern verhandelt.
Verteidigungsminister Rustem Umjerow sprach danach von einem „produktiven und zielgerichteten“ Treffen, bei dem es um den Schutz der Energieinfrastruktur und die Sicherheit der Schifffahrt gegangen sei.
Am Dienstag will die ukrainische Delegation erneut mit der US-Seite zusammenkommen.
Präsident Wolodymyr Selenskyj sagte am Sonntag, Kiew wolle „kein leeres Gerede“, sondern ein Ende der nächtlichen Angriffe auf ukrainische Städte.

Im Mittelpunkt steht eine Waffenruhe im Schwarzen Meer.
Kremlsprecher Dmitri Peskow dämpfte am Montag die Erwartungen: Man stehe „erst am Anfang des Weges“, die Gespräche würden „schwierig“.
Moskau wolle vor allem über eine Neuauflage des Getreideabkommens von 2022 sprechen, aus dem Russland im Juli 2023 ausgestiegen war, fügte er hinzu.
US-Sondergesandter Steve Witkoff hatte am Sonntag im Sender Fox News gesagt, er erwarte „echte Fortschritte“, und bekräftigt, er glaube, dass Putin Frieden wolle.

Überschattet werden die Gespräche von gegenseitigen Vorwürfen.
Russland beschuldigte die Ukraine am Montag erneut, Energieanlagen in den Regionen Brjansk und Krasnodar angegriffen und damit die vereinbarte Pause gebrochen zu haben.
Kiew wies die Vorwürfe zurück und verwies auf den russischen Drohnenangriff in der Nacht zum Sonntag auf die Hauptstadt, bei dem drei Menschen getötet wurden, darunter ein Kind.
Bereits am Freitag war die Gasmessstation Sudscha im Gebiet Kursk zerstört worden; beide Seiten machen einander dafür verantwortlich.

Österreich, das seit 2022 rund 80.000 Vertriebene aus der Ukraine aufgenommen hat, verfolgt die Gespräche mit Hoffnung.
Die neue Bundesregierung will nach Angaben des Außenministeriums heuer weitere 20 Millionen Euro für die Energieversorgung der Ukraine bereitstellen.
"""

D05 = doc(
    "b91de05_riad_gespraeche_schwarzes_meer_2025_03", "2025-03-24", DE05,
    [
        T("Jetzt", "DATE", "PRESENT_REF"),
        T("Montag", "DATE", "2025-03-24", 0),
        T("Vormittag", "TIME", "2025-03-24TMO"),
        T("Abend", "TIME", "2025-03-24TEV"),
        T("Sonntagabend", "TIME", "2025-03-23TEV"),
        T("Dienstag", "DATE", "2025-03-25"),
        T("Sonntag", "DATE", "2025-03-23", 0),
        T("nächtlichen", "SET", "P1D"),
        T("Montag", "DATE", "2025-03-24", 1),
        T("2022", "DATE", "2022", 0),
        T("Juli 2023", "DATE", "2023-07"),
        T("Sonntag", "DATE", "2025-03-23", 1),
        T("Montag", "DATE", "2025-03-24", 2),
        T("der Nacht zum Sonntag", "TIME", "2025-03-22TNI", note="night of 22 to 23 March"),
        T("Freitag", "DATE", "2025-03-21"),
        T("2022", "DATE", "2022", 1),
        T("heuer", "DATE", "2025"),
    ],
    [
        E("US and Russian negotiators begin talks in Riyadh", "CONSULT", ["United States", "Russia"], "2025-03-24",
          "text", "occurred", "haben US-Unterhändler am Montag"),
        E("US–Ukrainian talks on Sunday evening", "CONSULT", ["Ukraine", "United States"], "2025-03-23TEV", "text",
          "occurred", "bereits am Sonntagabend"),
        E("Ukrainian delegation to meet the US side again on Tuesday", "CONSULT", ["Ukraine", "United States"],
          "2025-03-25", "text", "planned", "Am Dienstag will die ukrainische Delegation"),
        E("Zelensky demands an end to the nightly attacks instead of empty talk", "REQUEST",
          ["Volodymyr Zelensky", "Russia"], "2025-03-23", "text", "occurred", "kein leeres Gerede"),
        E("Moscow wants talks above all on a revival of the grain deal", "REQUEST", ["Russia", "United States"],
          "2025-03-24", "context", "occurred", "Neuauflage des Getreideabkommens"),
        E("Russia quit the grain deal in July 2023", "SANCTION", ["Russia", "Ukraine"], "2023-07", "text", "occurred",
          "Neuauflage des Getreideabkommens"),
        E("Russia accuses Ukraine of attacking energy sites and breaking the pause", "ACCUSE", ["Russia", "Ukraine"],
          "2025-03-24", "text", "occurred", "Russland beschuldigte die Ukraine"),
        E("Kyiv rejects the accusations", "REJECT", ["Ukraine", "Russia"], "2025-03-24", "context", "occurred",
          "Kiew wies die Vorwürfe zurück"),
        E("Russian drone attack on Kyiv kills three", "ASSAULT", ["Russia", "Ukraine"], "2025-03-22TNI", "text",
          "occurred", "Kiew wies die Vorwürfe zurück"),
        E("Russia and Ukraine blame each other for the destruction of the Sudzha gas metering station", "ACCUSE",
          ["Russia", "Ukraine"], "2025-03-21", "context", "occurred", "beide Seiten machen einander"),
        E("Austria to provide a further 20 million euros for Ukraine's energy supply", "AID", ["Ukraine"], "2025",
          "text", "planned", "20 Millionen Euro"),
    ],
    [
        S("Russia", "Karasin: we are talking about everything, it is intensive", "2025-03-24", "context",
          "Wir reden über alles"),
        S("Rustem Umerov", "A productive and focused meeting on energy infrastructure and shipping safety",
          "2025-03-23", "context", "produktiven und zielgerichteten"),
        S("Volodymyr Zelensky", "Kyiv wants no empty talk but an end to the nightly attacks", "2025-03-23", "text",
          "kein leeres Gerede"),
        S("Dmitry Peskov", "We are only at the beginning of the road; the talks will be difficult", "2025-03-24",
          "text", "dämpfte am Montag die Erwartungen"),
        S("Dmitry Peskov", "Moscow wants to discuss above all a revival of the grain deal", "2025-03-24", "context",
          "Neuauflage des Getreideabkommens"),
        S("Steve Witkoff", "Expects real progress; believes Putin wants peace", "2025-03-23", "text",
          "echte Fortschritte"),
        S("Russia", "Ukraine attacked energy sites in Bryansk and Krasnodar and broke the pause", "2025-03-24", "text",
          "Russland beschuldigte die Ukraine"),
        S("Ukraine", "Rejects the accusations and points to the drone attack on Kyiv", "2025-03-24", "context",
          "Kiew wies die Vorwürfe zurück"),
    ],
    ["United States", "Russia", "Ukraine", "Rustem Umerov", "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov",
     "Steve Witkoff", "Vladimir Putin"],
)

# ---------------------------------------------------------------- b91de06 (B.Z.)
DE06 = """
Selenskyj bei Macron – und Moskau stellt neue Bedingungen

Paris/Berlin – Der ukrainische Präsident Wolodymyr Selenskyj ist am Mittwochabend in Paris eingetroffen.
Im Élysée-Palast empfängt ihn Frankreichs Präsident Emmanuel Macron zum Abendessen, am Donnerstag folgt ein Gipfel der sogenannten Koalition der Willigen mit rund 30 Staats- und Regierungschefs.
Auch Bundeskanzler Olaf Scholz (SPD) fliegt nach Paris.
Es geht um Sicherheitsgarantien für die Ukraine nach einem möglichen Waffenstillstand – und um die Frage, ob europäische Soldaten sie absichern sollen.

Die Stimmung ist gereizt.
Nur einen Tag nach der Einigung auf eine Waffenruhe im Schwarzen Meer knüpft Moskau diese an harte Bedingungen.
Erst müssten die Sanktionen gegen die staatliche Agrarbank Rosselchosbank fallen und russische Banken wieder an das Zahlungssystem Swift angeschlossen werden, verlangt der Kreml.
Außenminister Sergej Lawrow sagte am Mittwoch im Staatsfernsehen, Russland brauche nach „bitteren Erfahrungen“ mit Kiew „Garantien“.
Die könnten nur aus Washington kommen – als „Befehl an Selenskyj“.

Beide Seiten werfen sich seit Tagen vor, die Feuerpause für Energieanlagen zu brechen.
Das Verteidigungsministerium in Moskau meldete am Mittwoch ukrainische Drohnenangriffe auf ein Umspannwerk im Gebiet Brjansk und eine Gasanlage auf der Krim.
Selenskyj warf Russland vor, in der Nacht zum Mittwoch mit 117 Drohnen angegriffen und in Krywyj Rih die Stromversorgung getroffen zu haben: „So sieht Putins Waffenruhe aus.“
Kremlsprecher Dmitri Peskow behauptete dagegen, Russland halte sich an die Vereinbarung, Kiew nicht.

Aus Brüssel kam eine klare Absage an jede Lockerung der Sanktionen.
Ein bedingungsloser Abzug der russischen Truppen aus der Ukraine sei eine der wichtigsten Voraussetzungen dafür, sagte eine Sprecherin der EU-Kommission.
Macron warf Moskau vor dem Abendessen vor, „keinen Frieden zu wollen“, und kündigte weitere Militärhilfe über zwei Milliarden Euro für Kiew an.

In Berlin demonstrierten am Mittwochabend vor dem Brandenburger Tor rund 300 Menschen für mehr Unterstützung der Ukraine.
Seit Februar 2022 hat die Hauptstadt mehr als 60.000 Geflüchtete aus der Ukraine aufgenommen, noch immer kommen täglich Neuankömmlinge im Ankunftszentrum Tegel an.
"""

D06 = doc(
    "b91de06_selenskyj_paris_bedingungen_2025_03", "2025-03-26", DE06,
    [
        T("Mittwochabend", "TIME", "2025-03-26TEV", 0),
        T("Donnerstag", "DATE", "2025-03-27"),
        T("Mittwoch", "DATE", "2025-03-26", 0),
        T("Tagen", "DURATION", "PXD"),
        T("Mittwoch", "DATE", "2025-03-26", 1),
        T("der Nacht zum Mittwoch", "TIME", "2025-03-25TNI", note="night of 25 to 26 March"),
        T("Mittwochabend", "TIME", "2025-03-26TEV", 1),
        T("Februar 2022", "DATE", "2022-02"),
        T("täglich", "SET", "P1D"),
    ],
    [
        E("Macron receives Zelensky for dinner at the Élysée", "CONSULT",
          ["Emmanuel Macron", "Volodymyr Zelensky"], "2025-03-26TEV", "context", "planned", "zum Abendessen"),
        E("Summit of the coalition of the willing in Paris", "CONSULT", ["Emmanuel Macron", "Volodymyr Zelensky"],
          "2025-03-27", "text", "planned", "zum Abendessen"),
        E("Scholz travels to the Paris summit", "CONSULT", ["Olaf Scholz", "France"], "2025-03-27", "context",
          "planned", "Auch Bundeskanzler Olaf Scholz"),
        E("Agreement on a Black Sea ceasefire", "AGREE", ["United States", "Russia", "Ukraine"], "2025-03-25",
          "context", "occurred", "Nur einen Tag nach der Einigung"),
        E("Kremlin demands the lifting of sanctions on Rosselkhozbank and reconnection to SWIFT first", "REQUEST",
          ["Kremlin", "United States"], "2025-03-26", "published", "occurred", "verlangt der Kreml"),
        E("Lavrov: Russia needs guarantees, which only Washington can give", "REQUEST",
          ["Sergey Lavrov", "United States"], "2025-03-26", "text", "occurred", "Russland brauche nach"),
        E("Russian defence ministry accuses Ukraine of drone attacks on a substation and a gas facility", "ACCUSE",
          ["Russia", "Ukraine"], "2025-03-26", "text", "occurred", "Das Verteidigungsministerium in Moskau meldete"),
        E("Zelensky accuses Russia of attacking with 117 drones", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
          "2025-03-26", "published", "occurred", "Selenskyj warf Russland vor"),
        E("Russian drone attack hits power supply in Kryvyi Rih", "ASSAULT", ["Russia", "Ukraine"],
          "2025-03-25TNI", "text", "occurred", "Selenskyj warf Russland vor"),
        E("Peskov: Russia abides by the agreement, Kyiv does not", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
          "2025-03-26", "published", "occurred", "Kremlsprecher Dmitri Peskow behauptete"),
        E("EU Commission rejects any easing of sanctions", "REJECT", ["European Union", "Russia"], "2025-03-26",
          "published", "occurred", "Ein bedingungsloser Abzug"),
        E("EU Commission: unconditional withdrawal of Russian troops is a precondition", "REQUEST",
          ["European Union", "Russia"], "2025-03-26", "published", "occurred", "Ein bedingungsloser Abzug"),
        E("Macron accuses Moscow of not wanting peace", "ACCUSE", ["Emmanuel Macron", "Russia"], "2025-03-26",
          "context", "occurred", "keinen Frieden zu wollen"),
        E("Macron announces further military aid of two billion euros for Kyiv", "AID",
          ["Emmanuel Macron", "Ukraine"], "2025-03-26", "context", "planned", "keinen Frieden zu wollen"),
    ],
    [
        S("Russia", "Moscow ties the Black Sea ceasefire to hard conditions", "2025-03-26", "published",
          "knüpft Moskau diese an harte Bedingungen"),
        S("Kremlin", "Sanctions on Rosselkhozbank must go and Russian banks be reconnected to SWIFT first",
          "2025-03-26", "published", "verlangt der Kreml"),
        S("Sergey Lavrov", "After bitter experience with Kyiv, Russia needs guarantees", "2025-03-26", "text",
          "Russland brauche nach"),
        S("Sergey Lavrov", "Guarantees can only come from Washington, as an order to Zelensky", "2025-03-26",
          "context", "Befehl an Selenskyj"),
        S("Russia", "Defence ministry: Ukrainian drones attacked a substation in Bryansk and a gas facility in "
          "Crimea", "2025-03-26", "text", "Das Verteidigungsministerium in Moskau meldete"),
        S("Volodymyr Zelensky", "Russia attacked with 117 drones overnight; this is what Putin's truce looks like",
          "2025-03-26", "published", "Selenskyj warf Russland vor"),
        S("Dmitry Peskov", "Russia abides by the agreement, Kyiv does not", "2025-03-26", "published",
          "Kremlsprecher Dmitri Peskow behauptete"),
        S("European Union", "A clear no to any easing of sanctions", "2025-03-26", "published",
          "Aus Brüssel kam eine klare Absage"),
        S("European Union", "An unconditional withdrawal of Russian troops is a main precondition", "2025-03-26",
          "published", "Ein bedingungsloser Abzug"),
        S("Emmanuel Macron", "Moscow does not want peace; two billion euros of further military aid", "2025-03-26",
          "context", "keinen Frieden zu wollen"),
    ],
    ["Volodymyr Zelensky", "Ukraine", "Emmanuel Macron", "France", "Olaf Scholz", "Germany", "Russia", "Kremlin",
     "Sergey Lavrov", "United States", "Dmitry Peskov", "European Union", "Vladimir Putin"],
)

DOCS = [D01, D02, D03, D04, D05, D06]
