"""German articles of the blind72 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b72de01 (Fuldaer Zeitung)
DE01 = """
Ampel-Aus: Der Streit um die Ukraine-Hilfe gab den Ausschlag

Berlin/Fulda. Nach dem Bruch der Ampel-Koalition rückt die deutsche Unterstützung für die Ukraine ins Zentrum des Streits um Neuwahlen.
Bundeskanzler Olaf Scholz (SPD) hatte am Mittwochabend im Kanzleramt die Entlassung von Finanzminister Christian Lindner (FDP) verkündet.
Lindner habe sich geweigert, die Schuldenbremse für 2025 auszusetzen, um unter anderem drei Milliarden Euro zusätzlich für die Ukraine bereitzustellen, sagte Scholz.
„Ich bin nicht bereit, unsere Unterstützung für die Ukraine gegen Investitionen in unser Land auszuspielen“, fügte der Kanzler hinzu.

Lindner wies diese Darstellung noch in der Nacht zurück.
Der Kanzler habe ihn ultimativ aufgefordert, die Schuldenbremse auszusetzen, sagte der FDP-Vorsitzende; mehr Geld für Kiew wäre auch im bestehenden Haushalt möglich gewesen.
Scholz will am 15. Januar im Bundestag die Vertrauensfrage stellen, Neuwahlen könnten dann bis Ende März stattfinden.
Unionsfraktionschef Friedrich Merz (CDU) verlangte dagegen, die Vertrauensfrage „sofort, spätestens Anfang nächster Woche“ zu stellen.

In Kiew wird die Regierungskrise in Berlin mit Sorge verfolgt.
Der ukrainische Botschafter Oleksij Makejew sagte am Donnerstagmorgen im Deutschlandfunk, die Hilfe für sein Land dürfe „nicht zum Spielball des Wahlkampfs“ werden.
Präsident Wolodymyr Selenskyj hatte bereits am Mittwoch dem designierten US-Präsidenten Donald Trump zum Wahlsieg gratuliert und nach eigenen Angaben ein „ausgezeichnetes Gespräch“ mit ihm geführt.
Auch Scholz gratulierte Trump und kündigte an, in den kommenden Tagen mit dem Republikaner zu telefonieren.

In Moskau verfolgte man die Nachrichten aus Washington aufmerksamer als die aus Berlin.
Kremlsprecher Dmitri Peskow sagte am Mittwoch, man werde Trump an seinen Taten messen.
Die USA seien ein „unfreundliches Land“, das direkt und indirekt an einem Krieg gegen Russland beteiligt sei, fügte er hinzu.

Schon im August hatte sich die Koalition darauf verständigt, die Mittel für neue Militärhilfe an die Ukraine im kommenden Jahr auf rund vier Milliarden Euro zu begrenzen.
Merz hatte dem Kanzler Mitte Oktober im Bundestag vorgeworfen, Kiew hinzuhalten, und verlangt, Kremlchef Wladimir Putin ein Ultimatum zu stellen.
Sollten die russischen Angriffe auf die zivile Infrastruktur nicht binnen 24 Stunden enden, müsse Deutschland Taurus-Marschflugkörper liefern, hatte der CDU-Chef gefordert.

In Osthessen sorgt das Ampel-Aus ebenfalls für Unruhe.
Der Fuldaer Bundestagsabgeordnete Michael Brand (CDU) sprach von einem „fatalen Signal an Moskau und an unsere Partner“.
Im Landkreis Fulda leben derzeit rund 3.200 Menschen, die vor dem Krieg aus der Ukraine geflohen sind.
"""

# ---------------------------------------------------------------- b72de02 (Europe.Table)
DE02 = """
EU-Gipfel: Fico gibt sein Debüt – und Orbán stellt die 50 Milliarden für Kiew infrage

Brüssel. Der erste Gipfeltag gehörte dem Nahen Osten, doch in der Nacht zum Freitag holte die Ukraine die Staats- und Regierungschefs wieder ein.
Ungarns Ministerpräsident Viktor Orbán stellte nach Angaben mehrerer Diplomaten die geplante Ukraine-Fazilität über 50 Milliarden Euro grundsätzlich infrage und verlangte von der Kommission zunächst eine Bilanz der bisherigen Hilfen.
Auch der neue slowakische Regierungschef Robert Fico, erst am Mittwoch vereidigt, setzte bei seinem ersten Gipfel eigene Akzente.

„Ich werde keinen Vorschlag für Militärhilfe an die Ukraine unterstützen“, sagte Fico am Donnerstag vor Beginn der Beratungen.
Humanitäre Hilfe und den Wiederaufbau wolle Bratislava aber weiter mittragen, ein Veto gegen gemeinsame Beschlüsse der 27 plane er nicht.
In Brüssel wurde das mit Erleichterung registriert: Bei Ausgaben aus der Europäischen Friedensfazilität kann sich die Slowakei konstruktiv enthalten, ohne die anderen zu blockieren.

Orbán verteidigte zudem sein Treffen mit Kremlchef Wladimir Putin in Peking vor zehn Tagen.
Er habe lediglich Gesprächskanäle offen gehalten, die andere längst gekappt hätten, sagte er.
Bundeskanzler Olaf Scholz hielt dagegen, der Handschlag in Peking habe „niemandem genützt außer Moskau“.

Kommissionspräsidentin Ursula von der Leyen legt am 8. November ihren Erweiterungsbericht vor.
In Brüssel gilt als sicher, dass sie darin die Aufnahme von Beitrittsverhandlungen mit der Ukraine empfehlen wird.
Orbán ließ wissen, dafür sehe er „derzeit keine Grundlage“.
Entschieden wird beim Gipfel am 14. und 15. Dezember, ebenso wie über die 50 Milliarden, die Teil der Überarbeitung des EU-Haushaltsrahmens bis 2027 sind.

Die Einschätzung: Mit Fico hat Orbán einen Verbündeten gewonnen, aber keinen zweiten Vetospieler.
Ein Diplomat eines großen Mitgliedstaats sagte Table.Media, Fico spiele vor allem für das heimische Publikum.
Gefährlicher sei, dass Orbán die Ukraine-Hilfe mit der Freigabe eingefrorener EU-Mittel für Ungarn verknüpfe.
Die Kommission hält seit Dezember 2022 wegen Mängeln bei der Rechtsstaatlichkeit Gelder in zweistelliger Milliardenhöhe für Budapest zurück.

Einig waren sich die 27 immerhin in ihren Schlussfolgerungen: Sie verurteilten erneut die russischen Angriffe auf zivile Infrastruktur und sagten der Ukraine Unterstützung zu, „so lange wie nötig“.
Der ukrainische Präsident Wolodymyr Selenskyj, am Donnerstagnachmittag per Video zugeschaltet, bat um zusätzliche Luftverteidigung für den Winter.
"""

# ---------------------------------------------------------------- b72de03 (Die Weltwoche)
DE03 = """
Das deutsch-französische Paar streitet – und Kiew schaut zu

Brüssel/Zürich – Es war ein Gipfel der Harmonie, jedenfalls auf dem Papier.
In der Nacht auf Freitag einigten sich die 27 Staats- und Regierungschefs der EU auf einen «Fahrplan» gegen die hohen Gaspreise, nach einer Verhandlungsrunde, die bis kurz vor zwei Uhr morgens dauerte.
Das eigentliche Ereignis dieser Woche fand aber nicht im Brüsseler Ratsgebäude statt, sondern in einer knappen Mitteilung aus Paris.
Am Mittwoch hatte der Élysée-Palast den deutsch-französischen Ministerrat abgesagt, der für den 26. Oktober in Fontainebleau angesetzt war.

Offiziell hiess es, man verschiebe das Treffen auf Januar, weil mehrere Minister verhindert seien.
Tatsächlich liegen Paris und Berlin über Kreuz: beim Gaspreisdeckel, beim 200-Milliarden-«Doppelwumms» der Bundesregierung, den man in Paris als Wettbewerbsverzerrung empfindet, und bei der Luftverteidigung.
Mitte Oktober hatte Deutschland mit 14 Nato-Partnern, darunter Grossbritannien, die «European Sky Shield Initiative» für einen gemeinsamen Raketenschirm gestartet – ohne Frankreich, das lieber auf eigene Systeme setzt.

Emmanuel Macron wählte am Donnerstag bei seiner Ankunft in Brüssel ungewohnt deutliche Worte: Es sei «weder für Deutschland noch für Europa gut, wenn es sich isoliert», sagte der französische Präsident.
Olaf Scholz, der vor dem Gipfel eine knappe Stunde mit Macron unter vier Augen sprach, gab sich betont gelassen.
Die Zusammenarbeit sei «sehr eng», sagte der Kanzler, er werde am kommenden Mittwoch zu einem Mittagessen nach Paris reisen.

Für Kiew kommt der Zwist zur Unzeit.
Wolodymyr Selenskyj, per Video zugeschaltet, forderte die Chefs am Donnerstagabend auf, rasch Flugabwehrsysteme zu liefern und Iran für seine Kamikazedrohnen zu bestrafen; Russland führe einen «Energieterror» gegen sein Land.
Die 27 verurteilten in ihren Schlussfolgerungen die Angriffe auf die zivile Infrastruktur und sicherten Kiew zu, die Finanzhilfe im kommenden Jahr «stabil und planbar» fortzusetzen.
Im Gespräch sind rund anderthalb Milliarden Euro pro Monat.

Moskau reagierte mit Spott.
Die Sprecherin des russischen Aussenministeriums, Maria Sacharowa, schrieb am Freitag auf Telegram, die EU streite über Gaspreise, die sie mit ihren eigenen Sanktionen in die Höhe getrieben habe.

Und die Schweiz?
Sie bleibt bei ihrem Nein.
Berlin hatte Bern im Frühsommer gebeten, die Weitergabe von Schweizer Munition für den Flugabwehrpanzer Gepard an die Ukraine zu erlauben; Wirtschaftsminister Guy Parmelin lehnte unter Verweis auf das Neutralitätsrecht ab.
Man darf annehmen, dass in Berlin derzeit niemand Lust auf ein weiteres Gesuch hat – man hat dort, wie diese Woche zeigte, genug mit Paris zu tun.
"""

# ---------------------------------------------------------------- b72de04 (Schweinfurter Tagblatt)
DE04 = """
Milliarden für die Verteidigung – und ein Abendessen mit Macron

Berlin/Schweinfurt. Der Bundestag hat am Dienstag mit der nötigen Zweidrittelmehrheit den Weg für eine massive Aufrüstung und für mehr Hilfe an die Ukraine freigemacht.
513 Abgeordnete stimmten für die Grundgesetzänderung, mit der Verteidigungsausgaben oberhalb von einem Prozent der Wirtschaftsleistung künftig von der Schuldenbremse ausgenommen sind.
Ausdrücklich gilt die Ausnahme auch für Hilfen an Staaten, die völkerrechtswidrig angegriffen werden – gemeint ist die Ukraine.

In der Debatte hatte CDU-Chef Friedrich Merz, der voraussichtlich nächste Kanzler, gesagt, Deutschland müsse angesichts der Bedrohung durch Russland „jetzt handeln“.
Wladimir Putin führe seinen Krieg „auch gegen uns“, sagte Merz.
Die Grünen hatten ihre Zustimmung an die Zusage geknüpft, dass noch in diesem Jahr zusätzliche drei Milliarden Euro für Kiew bereitgestellt werden; der Haushaltsausschuss soll das Geld am Freitag freigeben.

Am Abend empfing Bundeskanzler Olaf Scholz (SPD) den französischen Präsidenten Emmanuel Macron zu einem Abendessen im Kanzleramt.
Vor dem Treffen begrüßten beide die Vereinbarung von US-Präsident Donald Trump und Kremlchef Wladimir Putin, Angriffe auf die Energieinfrastruktur für 30 Tage auszusetzen, als „ersten Schritt“.
„Wir brauchen aber einen vollständigen Waffenstillstand“, sagte Scholz.
Macron betonte, über Sicherheitsgarantien für die Ukraine werde nicht in Moskau entschieden; die Europäer seien bereit, ihren Teil zu leisten.

Trump und Putin hatten am Dienstagnachmittag gut zweieinhalb Stunden miteinander telefoniert.
Eine umfassende Waffenruhe für 30 Tage, wie sie Washington und Kiew vergangene Woche in Dschidda vorgeschlagen hatten, lehnte der Kremlchef jedoch ab.
Er verlangte, dass der Westen die Militärhilfe und den Austausch von Geheimdienstinformationen mit Kiew einstellt.
In der Nacht zum Mittwoch meldete die Ukraine erneut russische Drohnenangriffe, unter anderem auf ein Krankenhaus in Sumy.
Präsident Wolodymyr Selenskyj warf Moskau vor, seine Zusage noch in derselben Nacht gebrochen zu haben.

In Schweinfurt, wo die großen Industriebetriebe seit Monaten Stellen abbauen, wird die Entscheidung aus Berlin aufmerksam verfolgt.
Oberbürgermeister Sebastian Remelé (CSU) sprach von einer Chance, das Können der Region künftig auch für die Verteidigung zu nutzen.
Der Bundesrat muss der Grundgesetzänderung am Freitag noch zustimmen.
"""

# ---------------------------------------------------------------- b72de05 (Freies Wort, Suhl)
DE05 = """
Fico blockiert Verlängerung der Russland-Sanktionen – Merz greift zum Telefon

Brüssel/Suhl. Die Slowakei hat die Verlängerung der EU-Wirtschaftssanktionen gegen Russland vorerst gestoppt.
Bei einem Treffen der ständigen Vertreter der 27 Mitgliedstaaten am Mittwoch in Brüssel verweigerte der slowakische Botschafter nach Angaben von Diplomaten seine Zustimmung.
Ohne einstimmigen Beschluss laufen die Strafmaßnahmen, darunter das Ölembargo und der Ausschluss russischer Banken aus dem Zahlungssystem Swift, am 31. Juli aus.

Ministerpräsident Robert Fico begründete das Nein am Donnerstag in einer Videobotschaft.
Die Slowakei werde erst zustimmen, wenn die EU-Kommission schriftlich garantiere, dass das Land für den Ausstieg aus russischem Gas bis Ende 2027 entschädigt werde.
„Wir lassen uns nicht erpressen, auch nicht von Brüssel“, sagte Fico.
Zugleich verlangte er ein Sondertreffen der Staats- und Regierungschefs noch vor Ende des Monats.

Bundeskanzler Friedrich Merz (CDU) telefonierte nach Angaben eines Regierungssprechers am Donnerstagabend rund eine halbe Stunde mit Fico.
Merz habe deutlich gemacht, dass Deutschland „keine Erpressung mit der Sicherheit Europas“ hinnehme, zugleich aber Gesprächsbereitschaft in Energiefragen signalisiert.
Die EU-Außenbeauftragte Kaja Kallas warnte, ein Auslaufen der Sanktionen wäre „das größte Geschenk an Putin seit Kriegsbeginn“.
Sie rief alle Mitgliedstaaten auf, bis zum Wochenende eine Lösung zu finden.

In Kiew reagierte man empört.
Präsident Wolodymyr Selenskyj warf Fico vor, „Moskaus Geschäft zu besorgen“, und forderte die EU auf, notfalls Wege zu finden, die Sanktionen auch ohne Bratislava aufrechtzuerhalten.
Kremlsprecher Dmitri Peskow begrüßte dagegen am Freitag „Stimmen der Vernunft“ in Europa; die Sanktionen hätten ohnehin vor allem den Europäern selbst geschadet.

In Thüringen stößt der Streit auf geteiltes Echo.
Die Südthüringer Wirtschaft hat seit 2022 einen Großteil ihres Russland-Geschäfts verloren, zugleich profitieren Rüstungsbetriebe in Suhl von steigenden Aufträgen.
Die BSW-Fraktion im Landtag forderte am Donnerstag, die Sanktionen „endlich auslaufen zu lassen“; CDU und SPD wiesen das zurück.
Über die Verlängerung beraten die EU-Botschafter erneut am Montag, bis dahin wollen die Kommission und Ratspräsident António Costa mit Bratislava nach einer Lösung suchen.
"""

# ---------------------------------------------------------------- b72de06 (Siegener Zeitung)
DE06 = """
Steinmeier in Kiew: Zwischen Luftalarm und Wiederaufbau

Kiew/Siegen. Im April hatte Kiew ihn noch ausgeladen, am Dienstag ist Bundespräsident Frank-Walter Steinmeier doch in die Ukraine gereist.
Nach seiner Ankunft mit dem Zug am Dienstagmorgen traf er in Kiew Präsident Wolodymyr Selenskyj zu einem gut einstündigen Gespräch.
„Meine Botschaft an die Ukrainerinnen und Ukrainer ist: Ihr könnt euch auf Deutschland verlassen“, sagte Steinmeier anschließend.

Steinmeier sagte weitere Hilfe bei der Luftverteidigung zu: Nach dem ersten Iris-T-System, das vor zwei Wochen eingetroffen war, sollen im nächsten Jahr drei weitere folgen.
Zuvor war der Bundespräsident in die Kleinstadt Korjukiwka im Norden des Landes gefahren, wo er wegen eines Luftalarms rund anderthalb Stunden mit Anwohnern in einem Keller ausharren musste.
Selenskyj dankte für die deutsche Unterstützung, forderte aber „mehr und schneller“.
Russland habe seit dem 10. Oktober rund ein Drittel der ukrainischen Kraftwerke zerstört, sagte er.

Am selben Tag warb Bundeskanzler Olaf Scholz in Berlin auf einer internationalen Expertenkonferenz zum Wiederaufbau der Ukraine für einen „Marshallplan“ für das kriegszerstörte Land.
Der Wiederaufbau sei eine „Generationenaufgabe“, die jetzt beginnen müsse, sagte Scholz, der die Konferenz gemeinsam mit EU-Kommissionspräsidentin Ursula von der Leyen ausrichtete.
Von der Leyen stellte in Aussicht, dass die EU der Ukraine 2023 monatlich bis zu 1,5 Milliarden Euro bereitstellt, insgesamt rund 18 Milliarden Euro.

Der ukrainische Regierungschef Denys Schmyhal bezifferte den Bedarf für den Wiederaufbau auf 750 Milliarden Dollar und verlangte, eingefrorenes russisches Vermögen dafür heranzuziehen.
Selenskyj, per Video zugeschaltet, warf Russland vor, mit den Angriffen auf die Energieversorgung vor dem Winter „Terror“ gegen die Zivilbevölkerung zu verüben.
Kremlsprecher Dmitri Peskow wies das zurück: Die Angriffe richteten sich ausschließlich gegen militärische Ziele und damit verbundene Infrastruktur.

Auch im Siegerland ist die Hilfe für die Ukraine ein Thema.
Siegerländer Unternehmen haben über eine Spendenaktion des Kirchenkreises in diesem Monat 40 Notstromaggregate in die Ukraine geschickt, weitere sollen in den kommenden Wochen folgen.
„Die Menschen dort brauchen vor dem Winter Licht und Wärme“, sagte eine Sprecherin des Kirchenkreises unserer Zeitung.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b72de01_ampel_bruch_ukrainehilfe_2024_11", "2024-11-07", DE01,
        [
            T("Mittwochabend", "TIME", "2024-11-06TEV"),
            T("2025", "DATE", "2025"),
            T("der Nacht", "TIME", "2024-11-06TNI", note="the night after the Wednesday-evening announcement"),
            T("15. Januar", "DATE", "2025-01-15"),
            T("Ende März", "DATE", "2025-03", mod="END"),
            T("Anfang nächster Woche", "DATE", "2024-W46", mod="START",
              note="in Merz's words, said in the night of 6 to 7 November"),
            T("Donnerstagmorgen", "TIME", "2024-11-07TMO"),
            T("Mittwoch", "DATE", "2024-11-06", 0),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2024-11-06", 1),
            T("August", "DATE", "2024-08"),
            T("kommenden Jahr", "DATE", "2025"),
            T("Mitte Oktober", "DATE", "2024-10", mod="MID"),
            T("24 Stunden", "DURATION", "PT24H"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Lindner refused to suspend the debt brake to fund three billion euros more for Ukraine", "REJECT",
              ["Germany", "Ukraine"], "2024-11-06", "context", "occurred", "Lindner habe sich geweigert",
              note="refusal in the coalition committee of Wednesday 6 November 2024, as Scholz reports it"),
            E("Scholz sought three billion euros of additional aid for Ukraine in 2025", "AID",
              ["Olaf Scholz", "Ukraine"], "2025", "text", "uncertain", "Lindner habe sich geweigert"),
            E("Ukraine's ambassador warns that aid must not become a plaything of the election campaign",
              "REQUEST", ["Ukraine", "Germany"], "2024-11-07TMO", "text", "occurred",
              "Der ukrainische Botschafter Oleksij Makejew"),
            E("Zelensky congratulates Trump on his election victory", "SUPPORT",
              ["Volodymyr Zelensky", "Donald Trump"], "2024-11-06", "text", "occurred",
              "Präsident Wolodymyr Selenskyj hatte bereits am Mittwoch"),
            E("Zelensky–Trump conversation", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2024-11-06", "text",
              "occurred", "Präsident Wolodymyr Selenskyj hatte bereits am Mittwoch"),
            E("Scholz congratulates Trump", "SUPPORT", ["Olaf Scholz", "Donald Trump"], "2024-11-06", "context",
              "occurred", "Auch Scholz gratulierte Trump"),
            E("Scholz to phone Trump in the coming days", "CONSULT", ["Olaf Scholz", "Donald Trump"], "FUTURE_REF",
              "vague", "planned", "Auch Scholz gratulierte Trump"),
            E("Peskov: the US is an unfriendly country involved in a war against Russia", "ACCUSE",
              ["Dmitry Peskov", "United States"], "2024-11-06", "context", "occurred",
              "Die USA seien ein „unfreundliches Land“"),
            E("Coalition caps new military aid to Ukraine for 2025 at about four billion euros", "AID",
              ["Germany", "Ukraine"], "2025", "text", "planned", "Schon im August hatte sich die Koalition",
              note="cap agreed in August 2024"),
            E("Merz accuses Scholz of stalling Kyiv", "ACCUSE", ["Friedrich Merz", "Olaf Scholz"], "2024-10", "text",
              "occurred", "Merz hatte dem Kanzler Mitte Oktober", date_mod="MID",
              note="Bundestag debate of 16 October 2024"),
            E("Merz demands an ultimatum to Putin (Taurus if strikes on civilian infrastructure continue)",
              "REQUEST", ["Friedrich Merz", "Olaf Scholz", "Vladimir Putin"], "2024-10", "text", "occurred",
              "Merz hatte dem Kanzler Mitte Oktober", date_mod="MID"),
        ],
        [
            S("Olaf Scholz", "Lindner refused to suspend the debt brake for 2025 to fund three billion euros more for "
              "Ukraine", "2024-11-06TEV", "context", "Lindner habe sich geweigert"),
            S("Olaf Scholz", "Not prepared to play support for Ukraine off against investment at home",
              "2024-11-06TEV", "context", "„Ich bin nicht bereit"),
            S("Friedrich Merz", "The vote of confidence must be held at once, at the latest early next week",
              "2024-11-07", "published", "Unionsfraktionschef Friedrich Merz"),
            S("Ukraine", "Makeiev: aid for Ukraine must not become a plaything of the election campaign",
              "2024-11-07TMO", "text", "Der ukrainische Botschafter Oleksij Makejew"),
            S("Volodymyr Zelensky", "Had an excellent conversation with Trump", "2024-11-06", "text",
              "Präsident Wolodymyr Selenskyj hatte bereits am Mittwoch"),
            S("Olaf Scholz", "Congratulates Trump and will phone him in the coming days", "2024-11-06", "context",
              "Auch Scholz gratulierte Trump"),
            S("Dmitry Peskov", "Trump will be judged by his deeds", "2024-11-06", "text",
              "Kremlsprecher Dmitri Peskow sagte am Mittwoch"),
            S("Dmitry Peskov", "The US is an unfriendly country directly and indirectly involved in a war against "
              "Russia", "2024-11-06", "context", "Die USA seien ein „unfreundliches Land“"),
            S("Friedrich Merz", "Scholz is stalling Kyiv; Putin should be given an ultimatum", "2024-10", "text",
              "Merz hatte dem Kanzler Mitte Oktober"),
            S("Friedrich Merz", "If Russian strikes on civilian infrastructure do not stop within 24 hours, Germany "
              "must deliver Taurus", "2024-10", "context", "Sollten die russischen Angriffe"),
        ],
        ["Olaf Scholz", "Germany", "Ukraine", "Friedrich Merz", "Volodymyr Zelensky", "Donald Trump", "United States",
         "Kremlin", "Dmitry Peskov", "Russia", "Vladimir Putin"],
    ),
    doc(
        "b72de02_eu_gipfel_fico_orban_2023_10", "2023-10-27", DE02,
        [
            T("der Nacht zum Freitag", "TIME", "2023-10-26TNI", note="night of 26 to 27 October"),
            T("Mittwoch", "DATE", "2023-10-25"),
            T("Donnerstag", "DATE", "2023-10-26"),
            T("vor zehn Tagen", "DATE", "2023-10-17"),
            T("8. November", "DATE", "2023-11-08"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("14.", "DATE", "2023-12-14"),
            T("15. Dezember", "DATE", "2023-12-15"),
            T("2027", "DATE", "2027"),
            T("Dezember 2022", "DATE", "2022-12"),
            T("Donnerstagnachmittag", "TIME", "2023-10-26TAF"),
            T("den Winter", "DATE", "2023-WI"),
        ],
        [
            E("EU summit in Brussels", "CONSULT", ["European Union"], "2023-10-26", "context", "occurred",
              "Der erste Gipfeltag gehörte dem Nahen Osten", note="European Council of 26–27 October 2023"),
            E("Orbán questions the planned 50-billion-euro Ukraine Facility", "REJECT",
              ["Viktor Orbán", "European Union", "Ukraine"], "2023-10-26TNI", "context", "occurred",
              "Ungarns Ministerpräsident Viktor Orbán stellte"),
            E("Orbán demands that the Commission first review the aid given so far", "REQUEST",
              ["Viktor Orbán", "European Union"], "2023-10-26TNI", "context", "occurred",
              "Ungarns Ministerpräsident Viktor Orbán stellte"),
            E("Fico: Slovakia will not support proposals for military aid to Ukraine", "REJECT",
              ["Ukraine", "European Union"], "2023-10-26", "text", "occurred",
              "„Ich werde keinen Vorschlag für Militärhilfe"),
            E("Slovakia will keep backing humanitarian aid and reconstruction and not veto joint decisions",
              "AGREE", ["European Union", "Ukraine"], "2023-10-26", "context", "occurred",
              "Humanitäre Hilfe und den Wiederaufbau"),
            E("Orbán met Putin in Beijing", "CONSULT", ["Viktor Orbán", "Vladimir Putin"], "2023-10-17", "text",
              "occurred", "Orbán verteidigte zudem sein Treffen"),
            E("Scholz criticises Orbán's handshake with Putin", "ACCUSE", ["Olaf Scholz", "Viktor Orbán"],
              "2023-10-26", "context", "occurred", "Bundeskanzler Olaf Scholz hielt dagegen"),
            E("Von der Leyen expected to recommend opening accession talks with Ukraine", "SUPPORT",
              ["Ursula von der Leyen", "Ukraine"], "2023-11-08", "context", "planned",
              "In Brüssel gilt als sicher"),
            E("Orbán sees no basis for accession talks with Ukraine", "REJECT", ["Viktor Orbán", "Ukraine"],
              "2023-10-27", "published", "occurred", "Orbán ließ wissen"),
            E("December EU summit", "CONSULT", ["European Union"], "2023-12-14", "text", "planned",
              "Entschieden wird beim Gipfel", note="summit of 14–15 December 2023"),
            E("Decision on opening accession talks with Ukraine at the December summit", "AGREE",
              ["European Union", "Ukraine"], "2023-12-14", "context", "uncertain", "Entschieden wird beim Gipfel"),
            E("Decision on the 50 billion euros for Ukraine at the December summit", "AID",
              ["European Union", "Ukraine"], "2023-12-14", "context", "uncertain", "Entschieden wird beim Gipfel"),
            E("Commission withholds EU funds from Hungary over rule-of-law failings", "SANCTION", ["European Union"],
              "2022-12", "text", "occurred", "Die Kommission hält seit Dezember 2022", date_mod="START"),
            E("EU leaders condemn Russian attacks on civilian infrastructure", "ACCUSE", ["European Union", "Russia"],
              "2023-10-26", "context", "occurred", "Einig waren sich die 27"),
            E("EU leaders pledge support to Ukraine for as long as necessary", "AGREE", ["European Union", "Ukraine"],
              "2023-10-26", "context", "occurred", "Einig waren sich die 27"),
            E("Zelensky joins the summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2023-10-26TAF", "text", "occurred", "am Donnerstagnachmittag per Video"),
            E("Zelensky asks for more air defence for the winter", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2023-10-26TAF", "text", "occurred", "am Donnerstagnachmittag per Video"),
        ],
        [
            S("Viktor Orbán", "Questions the 50-billion Ukraine Facility; wants a review of previous aid first",
              "2023-10-26TNI", "context", "Ungarns Ministerpräsident Viktor Orbán stellte"),
            S("Viktor Orbán", "Only kept channels open that others had cut", "2023-10-26", "context",
              "Er habe lediglich Gesprächskanäle"),
            S("Olaf Scholz", "The handshake in Beijing helped nobody but Moscow", "2023-10-26", "context",
              "Bundeskanzler Olaf Scholz hielt dagegen"),
            S("Viktor Orbán", "Currently no basis for accession talks with Ukraine", "2023-10-27", "published",
              "Orbán ließ wissen"),
            S("European Union", "Conclusions condemn Russian attacks on civilian infrastructure and pledge support "
              "for as long as necessary", "2023-10-26", "context", "Einig waren sich die 27"),
            S("Volodymyr Zelensky", "Asks for more air defence for the winter", "2023-10-26TAF", "text",
              "am Donnerstagnachmittag per Video"),
        ],
        ["Viktor Orbán", "European Union", "Ukraine", "Kremlin", "Vladimir Putin", "Olaf Scholz", "Germany", "Russia",
         "Ursula von der Leyen", "Volodymyr Zelensky"],
    ),
    doc(
        "b72de03_ministerrat_absage_eu_gipfel_2022_10", "2022-10-22", DE03,
        [
            T("der Nacht auf Freitag", "TIME", "2022-10-20TNI", note="night of 20 to 21 October"),
            T("zwei Uhr morgens", "TIME", "2022-10-21T02:00", note="Brussels time (CEST)"),
            T("dieser Woche", "DATE", "2022-W42"),
            T("Mittwoch", "DATE", "2022-10-19", 0),
            T("26. Oktober", "DATE", "2022-10-26"),
            T("Januar", "DATE", "2023-01"),
            T("Mitte Oktober", "DATE", "2022-10", mod="MID"),
            T("Donnerstag", "DATE", "2022-10-20"),
            T("knappe Stunde", "DURATION", "PT1H", mod="APPROX"),
            T("kommenden Mittwoch", "DATE", "2022-10-26"),
            T("Donnerstagabend", "TIME", "2022-10-20TEV"),
            T("kommenden Jahr", "DATE", "2023"),
            T("pro Monat", "SET", "P1M"),
            T("Freitag", "DATE", "2022-10-21", 1),
            T("Frühsommer", "DATE", "2022-SU", mod="START"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("diese Woche", "DATE", "2022-W42"),
        ],
        [
            E("EU summit in Brussels", "CONSULT", ["European Union"], "2022-10-20", "context", "occurred",
              "In der Nacht auf Freitag einigten sich", note="European Council of 20–21 October 2022"),
            E("EU leaders agree a roadmap against high gas prices", "AGREE", ["European Union"], "2022-10-20TNI",
              "text", "occurred", "In der Nacht auf Freitag einigten sich"),
            E("Franco-German Council of Ministers in Fontainebleau called off", "CONSULT", ["France", "Germany"],
              "2022-10-26", "text", "cancelled", "Am Mittwoch hatte der Élysée-Palast",
              note="cancellation announced by the Élysée on Wednesday 19 October 2022"),
            E("Franco-German Council of Ministers postponed to January", "CONSULT", ["France", "Germany"], "2023-01",
              "text", "planned", "Offiziell hiess es"),
            E("Germany launches the European Sky Shield Initiative with 14 NATO partners including the UK",
              "COOPERATE", ["Germany", "United Kingdom", "NATO"], "2022-10", "text", "occurred",
              "Mitte Oktober hatte Deutschland", date_mod="MID", note="13 October 2022"),
            E("Macron: it is not good for Germany or Europe to isolate itself", "ACCUSE",
              ["Emmanuel Macron", "Germany"], "2022-10-20", "text", "occurred", "Emmanuel Macron wählte am Donnerstag"),
            E("Scholz and Macron meet one-on-one before the summit", "CONSULT", ["Olaf Scholz", "Emmanuel Macron"],
              "2022-10-20", "context", "occurred", "eine knappe Stunde mit Macron"),
            E("Scholz to travel to Paris for lunch with Macron", "CONSULT", ["Olaf Scholz", "Emmanuel Macron"],
              "2022-10-26", "text", "planned", "Die Zusammenarbeit sei «sehr eng»"),
            E("Zelensky joins the EU summit by video", "CONSULT", ["Volodymyr Zelensky", "European Union"],
              "2022-10-20TEV", "text", "occurred", "forderte die Chefs am Donnerstagabend auf"),
            E("Zelensky asks for air-defence systems quickly", "REQUEST", ["Volodymyr Zelensky", "European Union"],
              "2022-10-20TEV", "text", "occurred", "forderte die Chefs am Donnerstagabend auf"),
            E("Zelensky asks the EU to punish Iran for its kamikaze drones", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2022-10-20TEV", "text", "occurred",
              "forderte die Chefs am Donnerstagabend auf"),
            E("Zelensky accuses Russia of energy terror", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-10-20TEV", "text", "occurred", "forderte die Chefs am Donnerstagabend auf"),
            E("EU leaders condemn the attacks on civilian infrastructure", "ACCUSE", ["European Union", "Russia"],
              "2022-10-20", "context", "occurred", "Die 27 verurteilten in ihren Schlussfolgerungen"),
            E("EU promises stable and predictable financial aid to Ukraine next year", "AID",
              ["European Union", "Ukraine"], "2023", "text", "planned", "Die 27 verurteilten in ihren Schlussfolgerungen"),
            E("Zakharova: the EU quarrels over gas prices it drove up with its own sanctions", "ACCUSE",
              ["Maria Zakharova", "European Union"], "2022-10-21", "text", "occurred", "Maria Sacharowa, schrieb"),
            E("Germany asks Switzerland to allow the re-export of Gepard ammunition to Ukraine", "REQUEST",
              ["Germany", "Ukraine"], "2022-SU", "text", "occurred", "Berlin hatte Bern im Frühsommer",
              date_mod="START"),
            E("Switzerland refuses the re-export of Gepard ammunition", "REJECT", ["Germany", "Ukraine"], "2022-SU",
              "context", "occurred", "Berlin hatte Bern im Frühsommer", date_mod="START"),
        ],
        [
            S("Emmanuel Macron", "It is neither good for Germany nor for Europe if Germany isolates itself", "2022-10-20",
              "text", "Emmanuel Macron wählte am Donnerstag"),
            S("Olaf Scholz", "Appears relaxed about the dispute", "2022-10-20", "context",
              "eine knappe Stunde mit Macron"),
            S("Olaf Scholz", "Cooperation with France is very close; will travel to Paris next Wednesday", "2022-10-20",
              "context", "Die Zusammenarbeit sei «sehr eng»"),
            S("Volodymyr Zelensky", "Asks for air defence and punishment of Iran; Russia wages energy terror",
              "2022-10-20TEV", "text", "forderte die Chefs am Donnerstagabend auf"),
            S("European Union", "Conclusions condemn the attacks on civilian infrastructure and promise stable "
              "financial aid next year", "2022-10-20", "context", "Die 27 verurteilten in ihren Schlussfolgerungen"),
            S("Russia", "Moscow mocks the EU summit", "2022-10-21", "context", "Moskau reagierte mit Spott."),
            S("Maria Zakharova", "The EU quarrels over gas prices it drove up with its own sanctions", "2022-10-21",
              "text", "Maria Sacharowa, schrieb"),
        ],
        ["European Union", "France", "Germany", "United Kingdom", "NATO", "Emmanuel Macron", "Olaf Scholz", "Ukraine",
         "Volodymyr Zelensky", "Russia", "Maria Zakharova"],
    ),
    doc(
        "b72de04_schuldenbremse_macron_berlin_2025_03", "2025-03-19", DE04,
        [
            T("Dienstag", "DATE", "2025-03-18"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("diesem Jahr", "DATE", "2025"),
            T("Freitag", "DATE", "2025-03-21", 0),
            T("Abend", "TIME", "2025-03-18TEV"),
            T("30 Tage", "DURATION", "P30D", 0),
            T("Dienstagnachmittag", "TIME", "2025-03-18TAF"),
            T("gut zweieinhalb Stunden", "DURATION", "PT2H30M", mod="APPROX"),
            T("30 Tage", "DURATION", "P30D", 1),
            T("vergangene Woche", "DATE", "2025-W11"),
            T("der Nacht zum Mittwoch", "TIME", "2025-03-18TNI", note="night of 18 to 19 March"),
            T("derselben Nacht", "TIME", "2025-03-18TNI"),
            T("Monaten", "DURATION", "PXM"),
            T("Freitag", "DATE", "2025-03-21", 1),
        ],
        [
            E("Bundestag exempts aid to states attacked in breach of international law (Ukraine) from the debt brake",
              "AID", ["Germany", "Ukraine"], "2025-03-18", "context", "occurred", "Ausdrücklich gilt die Ausnahme"),
            E("Merz: Putin wages his war against us too", "ACCUSE", ["Friedrich Merz", "Vladimir Putin"], "2025-03-18",
              "context", "occurred", "Wladimir Putin führe seinen Krieg"),
            E("Budget committee to release three billion euros more for Ukraine", "AID", ["Germany", "Ukraine"],
              "2025-03-21", "text", "planned", "Die Grünen hatten ihre Zustimmung"),
            E("Scholz hosts Macron for dinner at the Chancellery", "CONSULT", ["Olaf Scholz", "Emmanuel Macron"],
              "2025-03-18TEV", "text", "occurred", "Am Abend empfing Bundeskanzler"),
            E("Scholz and Macron welcome the Trump–Putin energy-strike moratorium as a first step", "SUPPORT",
              ["Olaf Scholz", "Emmanuel Macron", "Donald Trump", "Vladimir Putin"], "2025-03-18TEV", "context",
              "occurred", "Vor dem Treffen begrüßten beide"),
            E("Trump and Putin agree to suspend attacks on energy infrastructure for 30 days", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-03-18", "context", "occurred", "Vor dem Treffen begrüßten beide"),
            E("Scholz demands a full ceasefire", "REQUEST", ["Olaf Scholz", "Russia"], "2025-03-18TEV", "context",
              "occurred", "„Wir brauchen aber einen vollständigen Waffenstillstand“"),
            E("Macron: security guarantees for Ukraine will not be decided in Moscow", "REJECT",
              ["Emmanuel Macron", "Russia"], "2025-03-18TEV", "context", "occurred", "Macron betonte"),
            E("Macron: the Europeans are ready to do their part", "AGREE",
              ["Emmanuel Macron", "European Union", "Ukraine"], "2025-03-18TEV", "context", "occurred",
              "Macron betonte"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18TAF", "text",
              "occurred", "Trump und Putin hatten am Dienstagnachmittag"),
            E("Putin rejects a general 30-day ceasefire", "REJECT", ["Vladimir Putin", "United States", "Ukraine"],
              "2025-03-18", "context", "occurred", "Eine umfassende Waffenruhe für 30 Tage"),
            E("Washington and Kyiv proposed a 30-day ceasefire in Jeddah", "REQUEST", ["United States", "Ukraine"],
              "2025-W11", "text", "occurred", "Eine umfassende Waffenruhe für 30 Tage",
              note="Jeddah talks of 11 March 2025"),
            E("Putin demands an end to Western military aid and intelligence sharing with Kyiv", "REQUEST",
              ["Vladimir Putin", "United States", "Ukraine"], "2025-03-18", "context", "occurred",
              "Er verlangte, dass der Westen"),
            E("Russian drone attacks on Ukraine, including a hospital in Sumy", "ASSAULT", ["Russia", "Ukraine"],
              "2025-03-18TNI", "text", "occurred", "In der Nacht zum Mittwoch meldete"),
            E("Zelensky accuses Moscow of breaking its promise the same night", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-03-19", "published", "occurred",
              "Präsident Wolodymyr Selenskyj warf Moskau vor"),
            E("Bundesrat still to approve the constitutional amendment", "AID", ["Germany", "Ukraine"], "2025-03-21",
              "text", "planned", "Der Bundesrat muss"),
        ],
        [
            S("Friedrich Merz", "Germany must act now in view of the Russian threat", "2025-03-18", "context",
              "In der Debatte hatte CDU-Chef Friedrich Merz"),
            S("Friedrich Merz", "Putin is waging his war against us too", "2025-03-18", "context",
              "Wladimir Putin führe seinen Krieg"),
            S("Joint statement: Olaf Scholz, Emmanuel Macron", "Welcome the Trump–Putin moratorium on energy strikes "
              "as a first step", "2025-03-18TEV", "context", "Vor dem Treffen begrüßten beide"),
            S("Olaf Scholz", "We need a full ceasefire", "2025-03-18TEV", "context",
              "„Wir brauchen aber einen vollständigen Waffenstillstand“"),
            S("Emmanuel Macron", "Security guarantees for Ukraine are not decided in Moscow; Europeans ready to do "
              "their part", "2025-03-18TEV", "context", "Macron betonte"),
            S("Ukraine", "Reports new Russian drone attacks, including on a hospital in Sumy", "2025-03-19", "published",
              "In der Nacht zum Mittwoch meldete"),
            S("Volodymyr Zelensky", "Moscow broke its promise the same night", "2025-03-19", "published",
              "Präsident Wolodymyr Selenskyj warf Moskau vor"),
        ],
        ["Germany", "Ukraine", "Friedrich Merz", "Russia", "Vladimir Putin", "Olaf Scholz", "Emmanuel Macron", "France",
         "United States", "Donald Trump", "Kremlin", "European Union", "Volodymyr Zelensky"],
    ),
    doc(
        "b72de05_fico_sanktionsverlaengerung_2026_07", "2026-07-24", DE05,
        [
            T("Mittwoch", "DATE", "2026-07-22"),
            T("31. Juli", "DATE", "2026-07-31"),
            T("Donnerstag", "DATE", "2026-07-23", 0),
            T("Ende 2027", "DATE", "2027", mod="END"),
            T("Ende des Monats", "DATE", "2026-07", mod="END"),
            T("Donnerstagabend", "TIME", "2026-07-23TEV"),
            T("rund eine halbe Stunde", "DURATION", "PT30M", mod="APPROX"),
            T("Wochenende", "DATE", "2026-W30-WE"),
            T("Freitag", "DATE", "2026-07-24"),
            T("2022", "DATE", "2022"),
            T("Donnerstag", "DATE", "2026-07-23", 1),
            T("Montag", "DATE", "2026-07-27"),
        ],
        [
            E("Slovakia blocks the extension of EU economic sanctions against Russia", "REJECT", ["European Union"],
              "2026-07-22", "text", "occurred", "verweigerte der slowakische Botschafter"),
            E("Extension of EU economic sanctions against Russia before they expire on 31 July", "SANCTION",
              ["European Union", "Russia"], "2026-07-31", "text", "uncertain", "Ohne einstimmigen Beschluss"),
            E("Fico demands a written Commission guarantee of compensation for the gas phase-out", "REQUEST",
              ["European Union"], "2026-07-23", "context", "occurred", "Die Slowakei werde erst zustimmen"),
            E("Fico: we will not be blackmailed, not even by Brussels", "ACCUSE", ["European Union"], "2026-07-23",
              "context", "occurred", "„Wir lassen uns nicht erpressen"),
            E("Fico demands a special summit of EU leaders before the end of the month", "REQUEST", ["European Union"],
              "2026-07-23", "context", "occurred", "Zugleich verlangte er ein Sondertreffen"),
            E("Merz–Fico phone call", "CONSULT", ["Friedrich Merz"], "2026-07-23TEV", "text", "occurred",
              "telefonierte nach Angaben eines Regierungssprechers"),
            E("Merz: Germany will not accept blackmail with Europe's security", "REJECT", ["Friedrich Merz"],
              "2026-07-23TEV", "context", "occurred", "Merz habe deutlich gemacht"),
            E("Merz signals readiness to talk about energy questions", "AGREE", ["Friedrich Merz"], "2026-07-23TEV",
              "context", "occurred", "Merz habe deutlich gemacht"),
            E("Kallas warns that letting the sanctions lapse would be a gift to Putin", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-07-24", "published", "occurred", "Kaja Kallas warnte"),
            E("Kallas calls on all member states to find a solution by the weekend", "REQUEST",
              ["Kaja Kallas", "European Union"], "2026-07-24", "published", "occurred",
              "Sie rief alle Mitgliedstaaten auf"),
            E("Zelensky accuses Fico of doing Moscow's business", "ACCUSE", ["Volodymyr Zelensky"], "2026-07-24",
              "published", "occurred", "Präsident Wolodymyr Selenskyj warf Fico vor"),
            E("Zelensky calls on the EU to keep the sanctions even without Bratislava", "REQUEST",
              ["Volodymyr Zelensky", "European Union"], "2026-07-24", "published", "occurred",
              "Präsident Wolodymyr Selenskyj warf Fico vor"),
            E("Peskov welcomes 'voices of reason' in Europe", "SUPPORT", ["Dmitry Peskov"], "2026-07-24", "text",
              "occurred", "Kremlsprecher Dmitri Peskow begrüßte"),
            E("EU ambassadors to discuss the extension again", "CONSULT", ["European Union"], "2026-07-27", "text",
              "planned", "Über die Verlängerung beraten die EU-Botschafter"),
            E("Commission and Costa to seek a solution with Bratislava", "CONSULT", ["European Union"], "2026-07-24",
              "published", "planned", "Über die Verlängerung beraten die EU-Botschafter",
              note="talks before the ambassadors' meeting of Monday 27 July"),
        ],
        [
            S("Friedrich Merz, via Germany", "Germany accepts no blackmail with Europe's security but is open to talks "
              "on energy", "2026-07-23TEV", "context", "Merz habe deutlich gemacht"),
            S("Kaja Kallas", "A lapse of the sanctions would be the biggest gift to Putin since the war began",
              "2026-07-24", "published", "Kaja Kallas warnte"),
            S("Kaja Kallas", "All member states must find a solution by the weekend", "2026-07-24", "published",
              "Sie rief alle Mitgliedstaaten auf"),
            S("Volodymyr Zelensky", "Fico does Moscow's business; the EU should keep the sanctions even without "
              "Bratislava", "2026-07-24", "published", "Präsident Wolodymyr Selenskyj warf Fico vor"),
            S("Dmitry Peskov", "Welcomes voices of reason in Europe; the sanctions mainly hurt the Europeans",
              "2026-07-24", "text", "Kremlsprecher Dmitri Peskow begrüßte"),
        ],
        ["European Union", "Russia", "Friedrich Merz", "Germany", "Kaja Kallas", "Vladimir Putin", "Ukraine",
         "Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b72de06_steinmeier_kiew_wiederaufbau_2022_10", "2022-10-26", DE06,
        [
            T("April", "DATE", "2022-04"),
            T("Dienstag", "DATE", "2022-10-25"),
            T("Dienstagmorgen", "TIME", "2022-10-25TMO"),
            T("gut einstündigen", "DURATION", "PT1H", mod="APPROX"),
            T("vor zwei Wochen", "DATE", "2022-W41"),
            T("nächsten Jahr", "DATE", "2023"),
            T("rund anderthalb Stunden", "DURATION", "PT1H30M", mod="APPROX"),
            T("10. Oktober", "DATE", "2022-10-10"),
            T("selben Tag", "DATE", "2022-10-25"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("2023", "DATE", "2023"),
            T("monatlich", "SET", "P1M"),
            T("Winter", "DATE", "2022-WI", 0),
            T("diesem Monat", "DATE", "2022-10"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Winter", "DATE", "2022-WI", 1),
        ],
        [
            E("Kyiv disinvited Steinmeier", "REJECT", ["Ukraine", "Germany"], "2022-04", "text", "occurred",
              "Im April hatte Kiew ihn noch ausgeladen"),
            E("Steinmeier meets Zelensky in Kyiv", "CONSULT", ["Germany", "Volodymyr Zelensky"], "2022-10-25",
              "context", "occurred", "Nach seiner Ankunft mit dem Zug"),
            E("Steinmeier: Ukrainians can rely on Germany", "AGREE", ["Germany", "Ukraine"], "2022-10-25", "context",
              "occurred", "„Meine Botschaft an die Ukrainerinnen und Ukrainer"),
            E("First German IRIS-T system arrived in Ukraine", "AID", ["Germany", "Ukraine"], "2022-W41", "text",
              "occurred", "Steinmeier sagte weitere Hilfe"),
            E("Three more IRIS-T systems to follow next year", "AID", ["Germany", "Ukraine"], "2023", "text",
              "planned", "Steinmeier sagte weitere Hilfe"),
            E("Zelensky thanks Germany for its support", "SUPPORT", ["Volodymyr Zelensky", "Germany"], "2022-10-25",
              "context", "occurred", "Selenskyj dankte für die deutsche Unterstützung"),
            E("Zelensky asks for more and faster help", "REQUEST", ["Volodymyr Zelensky", "Germany"], "2022-10-25",
              "context", "occurred", "Selenskyj dankte für die deutsche Unterstützung"),
            E("Russian strikes have destroyed about a third of Ukraine's power plants since 10 October", "ASSAULT",
              ["Russia", "Ukraine"], "2022-10-10", "text", "occurred", "Russland habe seit dem 10. Oktober",
              date_mod="START"),
            E("Scholz calls for a Marshall plan for Ukraine", "REQUEST", ["Olaf Scholz", "Ukraine"], "2022-10-25",
              "text", "occurred", "Am selben Tag warb Bundeskanzler Olaf Scholz"),
            E("Scholz and von der Leyen host the reconstruction conference in Berlin", "CONSULT",
              ["Olaf Scholz", "Ursula von der Leyen", "Ukraine"], "2022-10-25", "context", "occurred",
              "Der Wiederaufbau sei eine „Generationenaufgabe“"),
            E("EU to provide up to 1.5 billion euros a month to Ukraine in 2023", "AID",
              ["Ursula von der Leyen", "European Union", "Ukraine"], "2023", "text", "planned",
              "Von der Leyen stellte in Aussicht"),
            E("Shmyhal demands that frozen Russian assets be used for reconstruction", "REQUEST", ["Ukraine", "Russia"],
              "2022-10-25", "context", "occurred", "Der ukrainische Regierungschef Denys Schmyhal"),
            E("Zelensky joins the conference by video", "CONSULT", ["Volodymyr Zelensky", "Germany", "European Union"],
              "2022-10-25", "context", "occurred", "Selenskyj, per Video zugeschaltet"),
            E("Zelensky accuses Russia of terror against civilians with strikes on energy supply", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2022-10-25", "context", "occurred", "Selenskyj, per Video zugeschaltet"),
        ],
        [
            S("Germany", "Steinmeier: Ukrainians can rely on Germany", "2022-10-25", "context",
              "„Meine Botschaft an die Ukrainerinnen und Ukrainer"),
            S("Germany", "Steinmeier promises more help with air defence; three more IRIS-T systems next year",
              "2022-10-25", "context", "Steinmeier sagte weitere Hilfe"),
            S("Volodymyr Zelensky", "Thanks Germany but asks for more and faster help", "2022-10-25", "context",
              "Selenskyj dankte für die deutsche Unterstützung"),
            S("Volodymyr Zelensky", "Russia has destroyed about a third of Ukraine's power plants since 10 October",
              "2022-10-25", "context", "Russland habe seit dem 10. Oktober"),
            S("Olaf Scholz", "Calls for a Marshall plan for Ukraine", "2022-10-25", "text",
              "Am selben Tag warb Bundeskanzler Olaf Scholz"),
            S("Olaf Scholz", "Reconstruction is a task for generations that must begin now", "2022-10-25", "context",
              "Der Wiederaufbau sei eine „Generationenaufgabe“"),
            S("Ursula von der Leyen", "The EU could provide up to 1.5 billion euros a month in 2023", "2022-10-25",
              "context", "Von der Leyen stellte in Aussicht"),
            S("Ukraine", "Shmyhal: 750 billion dollars needed; frozen Russian assets should be used", "2022-10-25",
              "context", "Der ukrainische Regierungschef Denys Schmyhal"),
            S("Volodymyr Zelensky", "Russia commits terror against civilians with strikes on energy supply",
              "2022-10-25", "context", "Selenskyj, per Video zugeschaltet"),
            S("Dmitry Peskov", "The strikes target only military objects and related infrastructure", "2022-10-26",
              "published", "Kremlsprecher Dmitri Peskow wies das zurück"),
        ],
        ["Ukraine", "Germany", "Volodymyr Zelensky", "Russia", "Olaf Scholz", "Ursula von der Leyen",
         "European Union", "Kremlin", "Dmitry Peskov"],
    ),
]
