"""German articles of the blind116 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b116de01 (Engadiner Post)
DE01 = """
Raketen auf Kiew: Kuleba bricht Afrikareise ab

Accra/Kiew. – Der ukrainische Aussenminister Dmytro Kuleba hat seine erste grosse Afrikareise vorzeitig abgebrochen.
Nach den schweren russischen Raketenangriffen auf Kiew und zahlreiche andere Städte kehrte er am Montag aus der ghanaischen Hauptstadt Accra in die Ukraine zurück, wie sein Ministerium mitteilte.
Ein für diese Woche geplanter Besuch in Kenia wurde abgesagt.
Russland hatte am Montagmorgen nach ukrainischen Angaben 84 Marschflugkörper und Raketen abgefeuert, mindestens 19 Menschen wurden getötet.

Kuleba war am vergangenen Montag in Dakar zu der Reise aufgebrochen, die ihn auch nach Côte d'Ivoire und Ghana führte.
In Senegal traf er Aussenministerin Aïssata Tall Sall, am Mittwoch in Abidjan Präsident Alassane Ouattara.
Es war der erste Besuch eines ukrainischen Aussenministers in Westafrika seit Jahren.
Am Freitag kündigte Kuleba in Accra an, die Ukraine werde in den kommenden Monaten neue Botschaften in Afrika eröffnen, und schlug ein erstes Gipfeltreffen der Ukraine mit afrikanischen Staaten vor.

Vor Journalisten warf er Moskau vor, Afrika mit dem Hunger zu erpressen.
«Russland blockiert die Häfen und erzählt Ihnen dann, der Westen sei schuld», sagte Kuleba.
Zugleich rief er die afrikanischen Staaten auf, am Mittwoch in der Uno-Generalversammlung für eine Resolution zu stimmen, welche die Annexion von vier ukrainischen Gebieten durch Russland verurteilt.
Bei der ersten Abstimmung über den Krieg im März hatte sich fast die Hälfte der afrikanischen Staaten enthalten oder nicht teilgenommen.

Kremlchef Wladimir Putin bezeichnete die Angriffe vom Montag als Vergeltung für die Explosion auf der Krim-Brücke am Samstag, für die er ukrainische Geheimdienste verantwortlich machte.
Präsident Wolodymyr Selenskyj sagte, Russland wolle Panik und Chaos säen, und bat die westlichen Partner um mehr Luftabwehr.
Am Dienstag wollten die Staats- und Regierungschefs der G7 unter deutschem Vorsitz in einer Videokonferenz mit Selenskyj beraten.
Das russische Aussenministerium hatte Kulebas Reise am Donnerstag als «PR-Tour» verspottet; Sprecherin Maria Sacharowa warf Kiew vor, Afrika in einen fremden Krieg hineinziehen zu wollen.
Aussenminister Sergei Lawrow hatte im Juli selbst Ägypten, Kongo-Brazzaville, Uganda und Äthiopien besucht.

Bundespräsident Ignazio Cassis verurteilte die russischen Angriffe auf zivile Ziele noch am Montag als «inakzeptabel».
Im Oberengadin leben derzeit rund 140 Geflüchtete aus der Ukraine; der Verein Engiadina per l'Ucraina lädt am Samstag in Samedan zu einem Benefizkonzert.
"""

# ---------------------------------------------------------------- b116de02 (Berchtesgadener Anzeiger)
DE02 = """
Lawrow sichert Mali weitere Militärhilfe zu

Bamako. Russland will die Militärregierung in Mali und ihre Nachbarn in der Sahelzone weiter mit Waffen und Ausbildern unterstützen.
Außenminister Sergej Lawrow traf am Dienstag zu seinem ersten Besuch in der malischen Hauptstadt Bamako ein und wurde von Übergangspräsident Assimi Goïta empfangen.
Es war der erste Besuch eines russischen Außenministers in dem westafrikanischen Land überhaupt.

Nach einem Gespräch mit seinem Amtskollegen Abdoulaye Diop sagte Lawrow zu, die Lieferungen von Kampfflugzeugen und Hubschraubern fortzusetzen, die Russland seit dem vergangenen Jahr nach Mali geschickt hat.
Auch den Küstenstaaten am Golf von Guinea bot er Hilfe im Kampf gegen islamistische Milizen an.
Diop sagte, Mali habe seine Partner selbst gewählt und schulde niemandem eine Rechtfertigung.

Auf die Frage nach der Söldnertruppe Wagner, die nach westlichen Schätzungen seit Ende 2021 mit rund 1000 Kämpfern im Land ist, sagte Lawrow, Mali habe das Recht, Sicherheitsdienstleister auf kommerzieller Basis zu engagieren.
Frankreich und dem Westen warf er eine „neokoloniale“ Haltung vor; sie wollten Afrika im Ukraine-Krieg unter Druck setzen.
Die USA hatten Wagner erst Ende Januar als transnationale kriminelle Organisation eingestuft.
In Kiew hieß es, Moskau exportiere mit seinen Söldnern den Krieg nach Afrika.

Lawrow dankte der Regierung in Bamako für ihre „ausgewogene“ Haltung zum Krieg in der Ukraine.
Am Mittwoch reiste er nach Mauretanien weiter, am Donnerstag wird er im Sudan erwartet.

Erst am Sonntag hatte Mali den Leiter der Menschenrechtsabteilung der UN-Mission Minusma, Guillaume Ngefa, zur unerwünschten Person erklärt und ihm 48 Stunden Zeit zur Ausreise gegeben.
Die Vereinten Nationen forderten Bamako am Montag auf, die Entscheidung zurückzunehmen.

Auch für das Berchtesgadener Land ist die Entwicklung von Bedeutung: Derzeit sind rund 1100 Soldatinnen und Soldaten der Bundeswehr in Mali stationiert, die meisten im Camp Castor in Gao, darunter auch Gebirgsjäger aus Bad Reichenhall.
Die Bundesregierung hat beschlossen, den Einsatz bis Mai 2024 zu beenden.
Verteidigungsminister Boris Pistorius will nach Angaben seines Ministeriums im Frühjahr zu den Soldaten nach Gao reisen.
"""

# ---------------------------------------------------------------- b116de03 (afrika süd)
DE03 = """
Afrikanische Friedensmission bricht nach Kiew und St. Petersburg auf

Johannesburg/Bonn. Sieben afrikanische Staaten wollen im Krieg zwischen Russland und der Ukraine vermitteln.
Südafrikas Präsident Cyril Ramaphosa flog am Donnerstag nach Polen, von wo aus die Delegation mit dem Zug nach Kiew weiterreisen soll.
Dort wollen die Staats- und Regierungschefs am Freitag mit Präsident Wolodymyr Selenskyj zusammentreffen, für Samstag ist in St. Petersburg ein Treffen mit Präsident Wladimir Putin geplant.

Zur Mission gehören neben Ramaphosa die Präsidenten Senegals, Sambias und der Komoren, Macky Sall, Hakainde Hichilema und Azali Assoumani, der derzeit den Vorsitz der Afrikanischen Union innehat, sowie Ägyptens Ministerpräsident Mostafa Madbouly.
Ugandas Präsident Yoweri Museveni sagte seine Teilnahme nach einer Corona-Infektion ab, die Republik Kongo schickt einen Gesandten.
Nach Angaben aus Pretoria umfasst der Plan, den die Delegation in Kiew und St. Petersburg vorlegen will, zehn Punkte, darunter die Rückkehr verschleppter Kinder, einen Gefangenenaustausch und ungehinderte Getreideexporte.

Schon vor dem Aufbruch sorgte ein Zwischenfall in Warschau für Verstimmung.
Polnische Behörden hielten seit Donnerstagmorgen eine Chartermaschine mit rund 120 südafrikanischen Sicherheitskräften und Journalisten auf dem Flughafen Chopin fest, weil für mitgeführte Waffen keine Genehmigungen vorgelegen hätten.
Der Leiter des Sicherheitsteams, Wally Rhoode, warf Polen vor, die Mission sabotieren zu wollen.
Der polnische Grenzschutz wies das zurück: Die Südafrikaner hätten die Waffen nicht ordnungsgemäß angemeldet.

Kremlsprecher Dmitri Peskow bestätigte am Mittwoch, Putin werde die Delegation empfangen; man sei an den afrikanischen Ideen „interessiert“.
In Kiew dämpfte man dagegen die Erwartungen.
Präsidialamtschef Andrij Jermak sagte, über Frieden könne erst nach dem vollständigen Abzug der russischen Truppen gesprochen werden, ein Einfrieren des Konflikts komme nicht infrage.
In der Nacht zum Dienstag waren bei russischen Raketenangriffen auf Krywyj Rih, die Heimatstadt Selenskyjs, mindestens elf Menschen getötet worden.

Parallel bemüht sich der Vatikan um Vermittlung: Kardinal Matteo Zuppi war Anfang Juni in Kiew und will demnächst nach Moskau reisen.
Für Südafrika steht zudem viel auf dem Spiel.
Washington hatte Pretoria im Mai vorgeworfen, Waffen an Russland geliefert zu haben, was die Regierung Ramaphosa bestreitet.
Zum BRICS-Gipfel im August in Johannesburg ist auch Putin eingeladen, obwohl der Internationale Strafgerichtshof im März Haftbefehl gegen ihn erlassen hat.
"""

# ---------------------------------------------------------------- b116de04 (E+Z Entwicklung und Zusammenarbeit)
DE04 = """
Niger wendet sich von Europa ab und Russland zu

Niamey/Frankfurt. Die Militärregierung in Niger baut die Zusammenarbeit mit Russland aus und beendet zugleich zwei Missionen der Europäischen Union.
Am Montag empfing Junta-Chef Abdourahamane Tiani in Niamey eine Delegation unter Leitung des russischen Vize-Verteidigungsministers Junus-Bek Jewkurow.
Beide Seiten unterzeichneten nach Angaben des nigrischen Staatsfernsehens Dokumente zur Stärkung der militärischen Zusammenarbeit.

Am selben Tag kündigte die Junta die Abkommen über die zivile EU-Mission EUCAP Sahel Niger und die militärische Partnerschaftsmission EUMPM.
EUCAP berät seit 2012 Polizei und Justiz des Landes, die Militärmission hatte erst im Februar ihre Arbeit aufgenommen.
Bereits Ende November hatte die Regierung ein Gesetz von 2015 aufgehoben, das die Beförderung von Migrantinnen und Migranten durch die Sahara unter Strafe stellte.
Die letzten französischen Soldaten sollen Niger bis Ende des Jahres verlassen.

Die EU hatte bereits Ende Juli, wenige Tage nach dem Putsch vom 26. Juli, die Budgethilfe und die Sicherheitszusammenarbeit mit Niger ausgesetzt.
Eine Sprecherin der EU-Kommission sagte am Dienstag in Brüssel, man nehme die Entscheidung „zur Kenntnis“ und prüfe die Folgen für das Personal vor Ort.
Auch das Bundesentwicklungsministerium hatte seine direkte staatliche Zusammenarbeit mit Niger damals auf Eis gelegt.
Die Bundeswehr betreibt in Niamey weiterhin einen Lufttransportstützpunkt, über den der Abzug aus dem benachbarten Mali läuft, der bis zum 31. Dezember abgeschlossen sein soll.
Verteidigungsminister Boris Pistorius will nach Angaben seines Ministeriums Mitte Dezember nach Niamey reisen, um über die Zukunft des Stützpunkts zu sprechen.

Jewkurow hatte im September bereits Mali und Burkina Faso besucht.
Nach dem Tod des Wagner-Chefs Jewgeni Prigoschin im August ordnet Moskau die Söldnergeschäfte in Afrika unter dem Dach des Verteidigungsministeriums neu.
Russische Militärblogger sprechen von einem neuen „Afrikakorps“, das Anfang 2024 einsatzbereit sein soll.

In Kiew wird die Entwicklung aufmerksam verfolgt.
Außenminister Dmytro Kuleba warf Russland am Dienstag vor, in Afrika mit Söldnern und Getreide Einfluss zu kaufen, und kündigte für das kommende Jahr weitere ukrainische Botschaften auf dem Kontinent an.
Hilfsorganisationen in Niamey warnen unterdessen, dass die Einstellung der europäischen Budgethilfe die Versorgung von Millionen Menschen in den kommenden Monaten gefährde.
"""

# ---------------------------------------------------------------- b116de05 (Backnanger Kreiszeitung)
DE05 = """
Schwere Verluste für Wagner in Mali – Kiew deutet Beteiligung an

Bamako/Kiew (dpa). Bei Kämpfen im Norden Malis haben russische Wagner-Söldner und die malische Armee offenbar ihre schwersten Verluste seit Beginn ihres gemeinsamen Einsatzes erlitten.
Nach tagelangen Gefechten nahe Tinzaouaten an der Grenze zu Algerien räumten Wagner-nahe Kanäle im Nachrichtendienst Telegram am Wochenende ein, dass Dutzende Kämpfer getötet oder gefangen genommen worden seien.
Die Kämpfe hatten am vergangenen Donnerstag begonnen und dauerten bis Samstag.

Die Tuareg-Rebellen der Allianz CSP-DPA sprachen von einem „großen Sieg“ und veröffentlichten Videos, die getötete Söldner und erbeutete Fahrzeuge zeigen sollen.
Auch die dschihadistische Gruppe JNIM reklamierte Angriffe auf einen Konvoi für sich.
Die malische Armee bestätigte in einer Mitteilung vom Sonntag „erhebliche Verluste“, nannte aber keine Zahlen.

Für Aufsehen sorgte am Montag ein Sprecher des ukrainischen Militärgeheimdienstes HUR.
Andrij Jussow sagte im Fernsehen, die Rebellen hätten „die notwendigen Informationen erhalten, und nicht nur Informationen“, um gegen „russische Kriegsverbrecher“ vorzugehen.
Eine direkte Beteiligung an den Kämpfen bestätigte Kiew nicht.
Kremlsprecher Dmitri Peskow sagte am Montag auf Nachfrage, zu den Kämpfen in Mali äußere sich der Kreml nicht, und verwies an das Verteidigungsministerium.
Die russische Botschaft in Bamako sprach den Familien der Opfer ihr Beileid aus und warf der Ukraine vor, Terroristen in der Sahelzone zu unterstützen.
Das Außenministerium in Kiew wies den Vorwurf am Dienstag zurück.

Die Übergangsregierung in Bamako kündigte an, sie werde die Äußerungen aus Kiew prüfen und gegebenenfalls „Konsequenzen ziehen“.
Mali hatte sich nach dem Bruch mit Frankreich Russland zugewandt; die letzten französischen Soldaten verließen das Land im August 2022.
Auf Drängen der Junta zog auch die UN-Mission Minusma bis Ende 2023 ab.
Seit dem Frühjahr tritt ein Teil der russischen Kräfte in der Region als „Afrikakorps“ unter dem Kommando des Verteidigungsministeriums in Moskau auf.

Die Ukraine baut ihrerseits ihre diplomatische Präsenz in Afrika aus.
Seit 2023 hat Kiew unter anderem Botschaften in Ruanda, Mosambik, Ghana und Côte d'Ivoire eröffnet.
Zur Friedenskonferenz für die Ukraine in der Schweiz Mitte Juni waren allerdings nur wenige afrikanische Staats- und Regierungschefs gekommen.
"""

# ---------------------------------------------------------------- b116de06 (Fränkische Nachrichten)
DE06 = """
Lawrow wirbt in Kairo um Afrika

Kairo. Russland will seine Beziehungen zu Afrika trotz des Krieges in der Ukraine weiter ausbauen.
Zum Auftakt der zweiten Ministerkonferenz des Partnerschaftsforums Russland–Afrika sagte Außenminister Sergej Lawrow am Freitag in der ägyptischen Hauptstadt, Moskau werde den afrikanischen Staaten „ohne politische Bedingungen“ bei Sicherheit, Energie und Ernährung zur Seite stehen.
An dem zweitägigen Treffen nehmen nach Angaben der Gastgeber Vertreter von mehr als 50 Staaten teil, darunter rund 40 Außenminister.

Am Rande vereinbarten Lawrow und sein ägyptischer Amtskollege Badr Abdelatty, den Bau des Atomkraftwerks El Dabaa durch den russischen Staatskonzern Rosatom zu beschleunigen.
Die Konferenz soll am Samstag eine Abschlusserklärung und einen Aktionsplan bis 2029 verabschieden.
Das dritte Gipfeltreffen der Staats- und Regierungschefs ist für 2026 in Afrika geplant, einen Ort nannte Lawrow nicht.

Zum Krieg in der Ukraine sagte Lawrow, Russland sei zu einer Einigung auf Grundlage der Gespräche mit den USA bereit, wenn die „Ursachen des Konflikts“ beseitigt würden.
Den Europäern warf er vor, die Verhandlungen zu hintertreiben.
Die Staats- und Regierungschefs der EU hatten sich in der Nacht zum Freitag in Brüssel darauf verständigt, der Ukraine für die kommenden zwei Jahre 90 Milliarden Euro über gemeinsame Schulden bereitzustellen.
Den ursprünglich geplanten Rückgriff auf eingefrorenes russisches Staatsvermögen ließen sie vorerst fallen.
Der russische Sondergesandte Kirill Dmitrijew wird an diesem Wochenende in Miami zu Gesprächen mit dem US-Gesandten Steve Witkoff erwartet.

Kiew versucht seit Jahren, dem russischen Einfluss in Afrika etwas entgegenzusetzen.
Außenminister Andrij Sybiha kündigte am Freitag an, die Ukraine werde im kommenden Jahr weitere Botschaften auf dem Kontinent eröffnen.
Er warf Moskau vor, afrikanische Staaten mit den Söldnern des Afrikakorps zu destabilisieren und junge Männer aus Afrika mit falschen Versprechen für den Krieg anzuwerben.

In Mali, Burkina Faso und Niger ist Russland inzwischen der wichtigste Sicherheitspartner der Militärregierungen.
Die Söldnertruppe Wagner hatte Mali im Juni verlassen, ihre Aufgaben übernahm das dem Verteidigungsministerium unterstellte Afrikakorps.
Mali und Niger hatten im August 2024 ihre diplomatischen Beziehungen zur Ukraine abgebrochen.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b116de01_kuleba_afrikareise_abbruch_2022_10", "2022-10-11", DE01,
        [
            T("Montag", "DATE", "2022-10-10", 0),
            T("diese Woche", "DATE", "2022-W41"),
            T("Montagmorgen", "TIME", "2022-10-10TMO"),
            T("vergangenen Montag", "DATE", "2022-10-03"),
            T("Mittwoch", "DATE", "2022-10-05", 0),
            T("Jahren", "DURATION", "PXY"),
            T("Freitag", "DATE", "2022-10-07"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
            T("Mittwoch", "DATE", "2022-10-12", 1),
            T("März", "DATE", "2022-03"),
            T("Montag", "DATE", "2022-10-10", 2),
            T("Samstag", "DATE", "2022-10-08", 0),
            T("Dienstag", "DATE", "2022-10-11"),
            T("Donnerstag", "DATE", "2022-10-06"),
            T("Juli", "DATE", "2022-07"),
            T("Montag", "DATE", "2022-10-10", 3),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Samstag", "DATE", "2022-10-15", 1),
        ],
        [
            E("Kuleba's planned visit to Kenya this week cancelled", "CONSULT", ["Ukraine"], "2022-W41", "text",
              "cancelled", "Ein für diese Woche geplanter Besuch in Kenia"),
            E("Russia fires 84 cruise missiles and rockets at Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
              "2022-10-10TMO", "text", "occurred", "Russland hatte am Montagmorgen"),
            E("Kuleba meets Senegal's foreign minister in Dakar", "CONSULT", ["Ukraine"], "2022-10-03", "context",
              "occurred", "In Senegal traf er Aussenministerin", note="tour began in Dakar on Monday 3 October"),
            E("Kuleba meets President Ouattara in Abidjan", "CONSULT", ["Ukraine"], "2022-10-05", "text", "occurred",
              "In Senegal traf er Aussenministerin"),
            E("Kuleba announces new Ukrainian embassies in Africa", "COOPERATE", ["Ukraine"], "FUTURE_REF", "vague",
              "planned", "Am Freitag kündigte Kuleba in Accra an"),
            E("Kuleba proposes a first Ukraine–Africa summit", "REQUEST", ["Ukraine"], "2022-10-07", "text",
              "occurred", "Am Freitag kündigte Kuleba in Accra an"),
            E("Kuleba accuses Moscow of blackmailing Africa with hunger", "ACCUSE", ["Ukraine", "Russia"],
              "2022-10-07", "context", "occurred", "Vor Journalisten warf er Moskau vor"),
            E("Kuleba calls on African states to vote for the UN resolution condemning the annexation", "REQUEST",
              ["Ukraine"], "2022-10-07", "context", "occurred", "Zugleich rief er die afrikanischen Staaten auf"),
            E("Putin calls the strikes retaliation and blames Ukrainian intelligence for the Crimean bridge blast",
              "ACCUSE", ["Vladimir Putin", "Ukraine"], "2022-10-10", "context", "occurred",
              "Kremlchef Wladimir Putin bezeichnete die Angriffe"),
            E("Zelensky accuses Russia of wanting to sow panic and chaos", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-10-10", "context", "occurred", "Russland wolle Panik und Chaos säen"),
            E("Zelensky asks Western partners for more air defence", "REQUEST", ["Volodymyr Zelensky"], "2022-10-10",
              "context", "occurred", "Russland wolle Panik und Chaos säen"),
            E("G7 video conference with Zelensky under the German presidency", "CONSULT",
              ["Volodymyr Zelensky", "Germany"], "2022-10-11", "text", "planned", "in einer Videokonferenz mit Selenskyj"),
            E("Zakharova mocks Kuleba's trip and accuses Kyiv of dragging Africa into the war", "ACCUSE",
              ["Maria Zakharova", "Ukraine"], "2022-10-06", "context", "occurred", "Sprecherin Maria Sacharowa warf Kiew vor"),
            E("Lavrov's July tour of Egypt, Congo-Brazzaville, Uganda and Ethiopia", "CONSULT", ["Sergey Lavrov"],
              "2022-07", "text", "occurred", "Aussenminister Sergei Lawrow hatte im Juli"),
            E("Cassis condemns the Russian strikes on civilian targets", "ACCUSE", ["Russia"], "2022-10-10", "text",
              "occurred", "Bundespräsident Ignazio Cassis verurteilte"),
        ],
        [
            S("Ukraine", "Foreign ministry: Kuleba returned from Accra to Ukraine after the missile strikes",
              "2022-10-10", "context", "kehrte er am Montag aus der ghanaischen Hauptstadt Accra"),
            S("Ukraine", "84 cruise missiles and rockets fired, at least 19 people killed", "2022-10-10", "context",
              "Russland hatte am Montagmorgen"),
            S("Ukraine", "Kuleba: Ukraine will open new embassies in Africa; proposes a Ukraine–Africa summit",
              "2022-10-07", "text", "Am Freitag kündigte Kuleba in Accra an"),
            S("Ukraine", "Kuleba: Russia blocks the ports and then tells Africa the West is to blame", "2022-10-07",
              "context", "erzählt Ihnen dann, der Westen sei schuld"),
            S("Ukraine", "Kuleba urges African states to vote for the resolution condemning the annexation",
              "2022-10-07", "context", "Zugleich rief er die afrikanischen Staaten auf"),
            S("Vladimir Putin", "The strikes are retaliation for the Crimean bridge blast, blamed on Ukrainian "
              "intelligence", "2022-10-10", "context", "Kremlchef Wladimir Putin bezeichnete die Angriffe"),
            S("Volodymyr Zelensky", "Russia wants to sow panic and chaos; asks partners for more air defence",
              "2022-10-10", "context", "Russland wolle Panik und Chaos säen"),
            S("Maria Zakharova", "Kuleba's trip is a PR tour; Kyiv wants to drag Africa into a foreign war",
              "2022-10-06", "context", "Sprecherin Maria Sacharowa warf Kiew vor"),
        ],
        ["Ukraine", "Russia", "United Nations", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky", "Germany",
         "Maria Zakharova", "Sergey Lavrov"],
    ),
    doc(
        "b116de02_lawrow_bamako_2023_02", "2023-02-08", DE02,
        [
            T("Dienstag", "DATE", "2023-02-07"),
            T("dem vergangenen Jahr", "DATE", "2022"),
            T("Ende 2021", "DATE", "2021", mod="END"),
            T("Ende Januar", "DATE", "2023-01", mod="END"),
            T("Mittwoch", "DATE", "2023-02-08"),
            T("Donnerstag", "DATE", "2023-02-09"),
            T("Sonntag", "DATE", "2023-02-05"),
            T("48 Stunden", "DURATION", "PT48H"),
            T("Montag", "DATE", "2023-02-06"),
            T("Derzeit", "DATE", "PRESENT_REF"),
            T("Mai 2024", "DATE", "2024-05"),
            T("Frühjahr", "DATE", "2023-SP"),
        ],
        [
            E("Lavrov received by interim president Goïta on his first visit to Bamako", "CONSULT",
              ["Sergey Lavrov"], "2023-02-07", "text", "occurred", "Außenminister Sergej Lawrow traf am Dienstag"),
            E("Lavrov holds talks with Mali's foreign minister Diop", "CONSULT", ["Sergey Lavrov"], "2023-02-07",
              "context", "occurred", "Nach einem Gespräch mit seinem Amtskollegen"),
            E("Lavrov promises to continue deliveries of combat aircraft and helicopters", "AGREE", ["Sergey Lavrov"],
              "2023-02-07", "context", "occurred", "Nach einem Gespräch mit seinem Amtskollegen"),
            E("Russia has delivered combat aircraft and helicopters to Mali since last year", "AID", ["Russia"],
              "2022", "text", "occurred", "Nach einem Gespräch mit seinem Amtskollegen", date_mod="START"),
            E("Lavrov offers the Gulf of Guinea states help against Islamist militias", "REQUEST", ["Sergey Lavrov"],
              "2023-02-07", "context", "occurred", "Auch den Küstenstaaten am Golf von Guinea"),
            E("Lavrov accuses France and the West of a neo-colonial attitude", "ACCUSE", ["Sergey Lavrov", "France"],
              "2023-02-07", "context", "occurred", "Frankreich und dem Westen warf er"),
            E("US designates Wagner a transnational criminal organisation", "SANCTION", ["United States"], "2023-01",
              "text", "occurred", "Die USA hatten Wagner erst Ende Januar", date_mod="END", note="26 January 2023"),
            E("Kyiv accuses Moscow of exporting the war to Africa with its mercenaries", "ACCUSE", ["Ukraine", "Russia"],
              "2023-02-08", "published", "occurred", "In Kiew hieß es"),
            E("Lavrov thanks Bamako for its balanced stance on the war", "SUPPORT", ["Sergey Lavrov"], "2023-02-07",
              "context", "occurred", "Lawrow dankte der Regierung in Bamako"),
            E("Lavrov travels on to Mauritania", "CONSULT", ["Sergey Lavrov"], "2023-02-08", "text", "occurred",
              "Am Mittwoch reiste er nach Mauretanien weiter"),
            E("Lavrov expected in Sudan", "CONSULT", ["Sergey Lavrov"], "2023-02-09", "text", "planned",
              "Am Mittwoch reiste er nach Mauretanien weiter"),
            E("Mali declares the head of MINUSMA's human-rights division persona non grata", "SANCTION",
              ["United Nations"], "2023-02-05", "text", "occurred", "Erst am Sonntag hatte Mali"),
            E("UN asks Bamako to reverse the expulsion", "REQUEST", ["United Nations"], "2023-02-06", "text",
              "occurred", "Die Vereinten Nationen forderten Bamako"),
            E("Germany to end the Bundeswehr deployment in Mali by May 2024", "RETREAT", ["Germany"], "2024-05",
              "text", "planned", "Die Bundesregierung hat beschlossen"),
            E("Pistorius to visit the troops in Gao in spring", "CONSULT", ["Germany"], "2023-SP", "text", "planned",
              "Verteidigungsminister Boris Pistorius will"),
        ],
        [
            S("Sergey Lavrov", "Russia will continue deliveries of combat aircraft and helicopters to Mali",
              "2023-02-07", "context", "Nach einem Gespräch mit seinem Amtskollegen"),
            S("Sergey Lavrov", "Mali has the right to hire security providers on a commercial basis", "2023-02-07",
              "context", "Auf die Frage nach der Söldnertruppe Wagner"),
            S("Sergey Lavrov", "France and the West have a neo-colonial attitude and pressure Africa over Ukraine",
              "2023-02-07", "context", "Frankreich und dem Westen warf er"),
            S("Ukraine", "Moscow exports the war to Africa with its mercenaries", "2023-02-08", "published",
              "In Kiew hieß es"),
            S("Sergey Lavrov", "Thanks Bamako for its balanced stance on the war in Ukraine", "2023-02-07", "context",
              "Lawrow dankte der Regierung in Bamako"),
            S("Germany", "Defence ministry: Pistorius will visit the soldiers in Gao in spring", "2023-02-08",
              "published", "Verteidigungsminister Boris Pistorius will"),
        ],
        ["Russia", "Sergey Lavrov", "France", "United States", "Ukraine", "United Nations", "Germany"],
    ),
    doc(
        "b116de03_friedensmission_aufbruch_2023_06", "2023-06-15", DE03,
        [
            T("Donnerstag", "DATE", "2023-06-15"),
            T("Freitag", "DATE", "2023-06-16"),
            T("Samstag", "DATE", "2023-06-17"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Donnerstagmorgen", "TIME", "2023-06-15TMO"),
            T("Mittwoch", "DATE", "2023-06-14"),
            T("der Nacht zum Dienstag", "TIME", "2023-06-12TNI", note="night to Tuesday 13 June"),
            T("Anfang Juni", "DATE", "2023-06", mod="START"),
            T("demnächst", "DATE", "FUTURE_REF"),
            T("Mai", "DATE", "2023-05"),
            T("August", "DATE", "2023-08"),
            T("März", "DATE", "2023-03"),
        ],
        [
            E("African leaders to meet Zelensky in Kyiv", "CONSULT", ["Volodymyr Zelensky"], "2023-06-16", "text",
              "planned", "Dort wollen die Staats- und Regierungschefs"),
            E("African leaders to meet Putin in St Petersburg", "CONSULT", ["Vladimir Putin"], "2023-06-17", "text",
              "planned", "Dort wollen die Staats- und Regierungschefs"),
            E("The mission's ten-point peace plan to be presented in Kyiv and St Petersburg", "REQUEST",
              ["Russia", "Ukraine"], "2023-06-16", "context", "planned", "umfasst der Plan",
              note="to be presented in Kyiv on Friday and in St Petersburg on Saturday"),
            E("Polish authorities hold the South African security team's plane at Warsaw airport", "COERCE",
              ["Poland"], "2023-06-15TMO", "text", "occurred", "Polnische Behörden hielten"),
            E("South African security chief accuses Poland of sabotaging the mission", "ACCUSE", ["Poland"],
              "2023-06-15", "context", "occurred", "warf Polen vor, die Mission sabotieren zu wollen"),
            E("Polish border guard rejects the accusation", "REJECT", ["Poland"], "2023-06-15", "context", "occurred",
              "Der polnische Grenzschutz wies das zurück"),
            E("Yermak: no freezing of the conflict", "REJECT", ["Andriy Yermak"], "2023-06-15", "published",
              "occurred", "Präsidialamtschef Andrij Jermak sagte"),
            E("Yermak demands full withdrawal of Russian troops before peace talks", "REQUEST",
              ["Andriy Yermak", "Russia"], "2023-06-15", "published", "occurred", "Präsidialamtschef Andrij Jermak sagte"),
            E("Russian missile strikes on Kryvyi Rih kill at least eleven", "ASSAULT", ["Russia", "Ukraine"],
              "2023-06-12TNI", "text", "occurred", "In der Nacht zum Dienstag waren bei russischen Raketenangriffen"),
            E("Cardinal Zuppi's mission to Kyiv", "CONSULT", ["Vatican", "Ukraine"], "2023-06", "text", "occurred",
              "Kardinal Matteo Zuppi war Anfang Juni in Kiew", date_mod="START", note="5-6 June 2023"),
            E("Zuppi to travel to Moscow", "CONSULT", ["Vatican", "Russia"], "FUTURE_REF", "vague", "planned",
              "Kardinal Matteo Zuppi war Anfang Juni in Kiew"),
            E("Washington accuses Pretoria of supplying weapons to Russia", "ACCUSE", ["United States"], "2023-05",
              "text", "occurred", "Washington hatte Pretoria im Mai vorgeworfen"),
            E("Putin's attendance at the BRICS summit in Johannesburg", "CONSULT", ["Vladimir Putin"], "2023-08", "text",
              "uncertain", "Zum BRICS-Gipfel im August"),
            E("ICC issues an arrest warrant for Putin", "ACCUSE", ["Vladimir Putin"], "2023-03", "text", "occurred",
              "Zum BRICS-Gipfel im August", note="17 March 2023"),
        ],
        [
            S("Poland", "Border guard: the South Africans did not properly declare their weapons", "2023-06-15",
              "context", "Der polnische Grenzschutz wies das zurück"),
            S("Dmitry Peskov", "Putin will receive the delegation; Moscow is interested in the African ideas",
              "2023-06-14", "text", "Kremlsprecher Dmitri Peskow bestätigte"),
            S("Ukraine", "Kyiv dampens expectations of the mission", "2023-06-15", "published",
              "In Kiew dämpfte man dagegen die Erwartungen"),
            S("Andriy Yermak", "Peace can only be discussed after the full withdrawal of Russian troops; no freeze",
              "2023-06-15", "published", "Präsidialamtschef Andrij Jermak sagte"),
        ],
        ["Russia", "Ukraine", "Volodymyr Zelensky", "Vladimir Putin", "Poland", "Kremlin", "Dmitry Peskov",
         "Andriy Yermak", "Vatican", "United States"],
    ),
    doc(
        "b116de04_niger_jewkurow_eu_missionen_2023_12", "2023-12-06", DE04,
        [
            T("Montag", "DATE", "2023-12-04"),
            T("selben Tag", "DATE", "2023-12-04"),
            T("2012", "DATE", "2012"),
            T("Februar", "DATE", "2023-02"),
            T("Ende November", "DATE", "2023-11", mod="END"),
            T("2015", "DATE", "2015"),
            T("Ende des Jahres", "DATE", "2023", mod="END"),
            T("Ende Juli", "DATE", "2023-07", mod="END"),
            T("26. Juli", "DATE", "2023-07-26"),
            T("Dienstag", "DATE", "2023-12-05", 0),
            T("31. Dezember", "DATE", "2023-12-31"),
            T("Mitte Dezember", "DATE", "2023-12", mod="MID"),
            T("September", "DATE", "2023-09"),
            T("August", "DATE", "2023-08"),
            T("Anfang 2024", "DATE", "2024", mod="START"),
            T("Dienstag", "DATE", "2023-12-05", 1),
            T("das kommende Jahr", "DATE", "2024"),
            T("den kommenden Monaten", "DATE", "FUTURE_REF"),
        ],
        [
            E("Tiani receives a Russian defence delegation led by Yevkurov", "CONSULT", ["Russia"], "2023-12-04",
              "text", "occurred", "Am Montag empfing Junta-Chef"),
            E("Niger and Russia sign documents on military cooperation", "AGREE", ["Russia"], "2023-12-04", "context",
              "occurred", "Beide Seiten unterzeichneten"),
            E("Niger's junta terminates the agreements on the EU missions EUCAP Sahel Niger and EUMPM", "SANCTION",
              ["European Union"], "2023-12-04", "text", "occurred", "Am selben Tag kündigte die Junta"),
            E("EUCAP Sahel Niger advising police and justice since 2012", "COOPERATE", ["European Union"], "2012",
              "text", "occurred", "EUCAP berät seit 2012", date_mod="START"),
            E("EU military partnership mission began work", "COOPERATE", ["European Union"], "2023-02", "text",
              "occurred", "EUCAP berät seit 2012"),
            E("Last French troops to leave Niger by the end of the year", "RETREAT", ["France"], "2023", "text",
              "planned", "Die letzten französischen Soldaten sollen Niger", date_mod="END"),
            E("EU suspends budget support and security cooperation with Niger after the coup", "SANCTION",
              ["European Union"], "2023-07", "text", "occurred", "Die EU hatte bereits Ende Juli", date_mod="END"),
            E("German development ministry suspends cooperation with Niger", "SANCTION", ["Germany"], "2023-07",
              "context", "occurred", "Auch das Bundesentwicklungsministerium", date_mod="END"),
            E("Bundeswehr withdrawal from Mali via Niamey to be completed by 31 December", "RETREAT", ["Germany"],
              "2023-12-31", "text", "planned", "Die Bundeswehr betreibt in Niamey"),
            E("Pistorius to travel to Niamey in mid-December", "CONSULT", ["Germany"], "2023-12", "text", "planned",
              "Verteidigungsminister Boris Pistorius will", date_mod="MID"),
            E("Yevkurov visited Mali and Burkina Faso", "CONSULT", ["Russia"], "2023-09", "text", "occurred",
              "Jewkurow hatte im September"),
            E("New Russian 'Africa Corps' to be operational in early 2024", "MOBILIZE", ["Russia"], "2024", "text",
              "planned", "Russische Militärblogger", date_mod="START"),
            E("Kuleba accuses Russia of buying influence in Africa with mercenaries and grain", "ACCUSE",
              ["Ukraine", "Russia"], "2023-12-05", "text", "occurred", "Außenminister Dmytro Kuleba warf Russland"),
            E("Kuleba announces more Ukrainian embassies in Africa next year", "COOPERATE", ["Ukraine"], "2024", "text",
              "planned", "Außenminister Dmytro Kuleba warf Russland"),
        ],
        [
            S("European Union", "Commission takes note of the decision and examines the consequences for staff",
              "2023-12-05", "text", "Eine Sprecherin der EU-Kommission"),
            S("Germany", "Defence ministry: Pistorius will travel to Niamey in mid-December", "2023-12-06",
              "published", "Verteidigungsminister Boris Pistorius will"),
            S("Ukraine", "Kuleba: Russia buys influence in Africa with mercenaries and grain; more embassies next year",
              "2023-12-05", "text", "Außenminister Dmytro Kuleba warf Russland"),
        ],
        ["Russia", "European Union", "France", "Germany", "Ukraine"],
    ),
    doc(
        "b116de05_tinzaouaten_wagner_kiew_2024_07", "2024-07-30", DE05,
        [
            T("tagelangen", "DURATION", "PXD"),
            T("Wochenende", "DATE", "2024-W30-WE"),
            T("vergangenen Donnerstag", "DATE", "2024-07-25"),
            T("Samstag", "DATE", "2024-07-27"),
            T("Sonntag", "DATE", "2024-07-28"),
            T("Montag", "DATE", "2024-07-29", 0),
            T("Montag", "DATE", "2024-07-29", 1),
            T("Dienstag", "DATE", "2024-07-30"),
            T("August 2022", "DATE", "2022-08"),
            T("Ende 2023", "DATE", "2023", mod="END"),
            T("dem Frühjahr", "DATE", "2024-SP"),
            T("2023", "DATE", "2023", 1),
            T("Mitte Juni", "DATE", "2024-06", mod="MID"),
        ],
        [
            E("HUR spokesman suggests Ukraine gave the rebels intelligence against Wagner", "AID", ["Ukraine"],
              "2024-07-25", "context", "uncertain", "Andrij Jussow sagte im Fernsehen",
              note="the fighting began on Thursday 25 July; Yusov spoke on Monday 29 July"),
            E("Russian embassy in Bamako accuses Ukraine of supporting terrorists in the Sahel", "ACCUSE",
              ["Russia", "Ukraine"], "2024-07-30", "published", "occurred", "Die russische Botschaft in Bamako"),
            E("Kyiv's foreign ministry rejects the accusation", "REJECT", ["Ukraine", "Russia"], "2024-07-30", "text",
              "occurred", "Das Außenministerium in Kiew wies den Vorwurf"),
            E("Mali's transitional government threatens consequences over Kyiv's remarks", "THREATEN", ["Ukraine"],
              "2024-07-30", "published", "occurred", "Die Übergangsregierung in Bamako kündigte an"),
            E("Last French troops left Mali", "RETREAT", ["France"], "2022-08", "text", "occurred",
              "die letzten französischen Soldaten verließen das Land"),
            E("UN mission MINUSMA withdrew from Mali at the junta's insistence", "RETREAT", ["United Nations"], "2023",
              "text", "occurred", "Auf Drängen der Junta zog auch", date_mod="END"),
            E("Russian forces in the region operate as the 'Africa Corps' under the defence ministry", "MOBILIZE",
              ["Russia"], "2024-SP", "text", "occurred", "Seit dem Frühjahr tritt ein Teil", date_mod="START"),
            E("Ukraine has opened embassies in Rwanda, Mozambique, Ghana and Côte d'Ivoire since 2023", "COOPERATE",
              ["Ukraine"], "2023", "text", "occurred", "Seit 2023 hat Kiew", date_mod="START"),
            E("Peace conference for Ukraine in Switzerland", "CONSULT", ["Ukraine"], "2024-06", "text", "occurred",
              "Zur Friedenskonferenz für die Ukraine", date_mod="MID", note="Bürgenstock, 15-16 June 2024"),
        ],
        [
            S("Ukraine", "HUR's Yusov: the rebels received the necessary information, and not only information",
              "2024-07-29", "context", "Andrij Jussow sagte im Fernsehen"),
            S("Dmitry Peskov", "The Kremlin does not comment on the fighting in Mali; refers to the defence ministry",
              "2024-07-29", "text", "Kremlsprecher Dmitri Peskow sagte am Montag"),
            S("Russia", "Embassy's condolences; Ukraine supports terrorists in the Sahel", "2024-07-30", "published",
              "Die russische Botschaft in Bamako"),
            S("Ukraine", "Foreign ministry rejects the accusation", "2024-07-30", "text",
              "Das Außenministerium in Kiew wies den Vorwurf"),
        ],
        ["Russia", "Ukraine", "Kremlin", "Dmitry Peskov", "France", "United Nations"],
    ),
    doc(
        "b116de06_lawrow_kairo_ministerkonferenz_2025_12", "2025-12-20", DE06,
        [
            T("Freitag", "DATE", "2025-12-19", 0),
            T("zweitägigen", "DURATION", "P2D"),
            T("Samstag", "DATE", "2025-12-20"),
            T("2029", "DATE", "2029"),
            T("2026", "DATE", "2026"),
            T("der Nacht zum Freitag", "TIME", "2025-12-18TNI", note="night to Friday 19 December"),
            T("die kommenden zwei Jahre", "DURATION", "P2Y"),
            T("diesem Wochenende", "DATE", "2025-W51-WE"),
            T("Jahren", "DURATION", "PXY"),
            T("Freitag", "DATE", "2025-12-19", 2),
            T("kommenden Jahr", "DATE", "2026"),
            T("Juni", "DATE", "2025-06"),
            T("August 2024", "DATE", "2024-08"),
        ],
        [
            E("Second ministerial conference of the Russia–Africa Partnership Forum opens in Cairo", "CONSULT",
              ["Sergey Lavrov", "Russia"], "2025-12-19", "text", "occurred", "Zum Auftakt der zweiten Ministerkonferenz",
              note="two days, 19-20 December"),
            E("Lavrov promises African states support without political conditions", "AGREE", ["Sergey Lavrov"],
              "2025-12-19", "text", "occurred", "Zum Auftakt der zweiten Ministerkonferenz"),
            E("Lavrov meets Egypt's foreign minister Abdelatty", "CONSULT", ["Sergey Lavrov"], "2025-12-19", "context",
              "occurred", "Am Rande vereinbarten Lawrow"),
            E("Lavrov and Abdelatty agree to speed up construction of the El Dabaa nuclear plant", "AGREE",
              ["Sergey Lavrov"], "2025-12-19", "context", "occurred", "Am Rande vereinbarten Lawrow"),
            E("Conference to adopt a final declaration and an action plan", "AGREE", ["Russia"], "2025-12-20", "text",
              "planned", "Die Konferenz soll am Samstag"),
            E("Third Russia–Africa summit planned in Africa in 2026", "CONSULT", ["Russia"], "2026", "text", "planned",
              "Das dritte Gipfeltreffen"),
            E("Lavrov: Russia ready for an agreement based on the talks with the US", "AGREE",
              ["Sergey Lavrov", "Ukraine"], "2025-12-19", "context", "occurred", "Zum Krieg in der Ukraine sagte Lawrow"),
            E("Lavrov's condition: the 'root causes of the conflict' must be removed", "REQUEST", ["Sergey Lavrov"],
              "2025-12-19", "context", "occurred", "Zum Krieg in der Ukraine sagte Lawrow"),
            E("Lavrov accuses the Europeans of undermining the negotiations", "ACCUSE",
              ["Sergey Lavrov", "European Union"], "2025-12-19", "context", "occurred", "Den Europäern warf er vor"),
            E("EU leaders agree to provide Ukraine 90 billion euros over two years via joint borrowing", "AID",
              ["European Union", "Ukraine"], "2025-12-18TNI", "text", "occurred",
              "Die Staats- und Regierungschefs der EU hatten sich"),
            E("EU drops the use of frozen Russian state assets for Ukraine for now", "AID",
              ["European Union", "Ukraine", "Russia"], "2025-12-18TNI", "context", "cancelled",
              "Den ursprünglich geplanten Rückgriff"),
            E("Dmitriev expected in Miami for talks with Witkoff", "CONSULT", ["Kirill Dmitriev", "Steve Witkoff"],
              "2025-W51-WE", "text", "planned", "Der russische Sondergesandte Kirill Dmitrijew"),
            E("Sybiha announces more Ukrainian embassies in Africa next year", "COOPERATE", ["Andrii Sybiha", "Ukraine"],
              "2026", "text", "planned", "Außenminister Andrij Sybiha kündigte am Freitag an"),
            E("Sybiha accuses Moscow of destabilising African states and recruiting Africans for the war", "ACCUSE",
              ["Andrii Sybiha", "Russia"], "2025-12-19", "context", "occurred", "Er warf Moskau vor, afrikanische Staaten"),
            E("Africa Corps takes over Wagner's tasks in Mali", "MOBILIZE", ["Russia"], "2025-06", "context",
              "occurred", "Die Söldnertruppe Wagner hatte Mali im Juni verlassen"),
            E("Mali and Niger break off diplomatic relations with Ukraine", "SANCTION", ["Ukraine"], "2024-08", "text",
              "occurred", "Mali und Niger hatten im August 2024"),
        ],
        [
            S("Sergey Lavrov", "Moscow will stand by African states on security, energy and food without political "
              "conditions", "2025-12-19", "text", "Zum Auftakt der zweiten Ministerkonferenz"),
            S("Sergey Lavrov", "Russia ready for an agreement based on the talks with the US if the root causes are "
              "removed", "2025-12-19", "context", "Zum Krieg in der Ukraine sagte Lawrow"),
            S("Sergey Lavrov", "The Europeans are undermining the negotiations", "2025-12-19", "context",
              "Den Europäern warf er vor"),
            S("Andrii Sybiha", "Ukraine will open more embassies in Africa next year", "2025-12-19", "text",
              "Außenminister Andrij Sybiha kündigte am Freitag an"),
            S("Andrii Sybiha", "Moscow destabilises African states with Africa Corps mercenaries and lures young "
              "Africans into the war", "2025-12-19", "context", "Er warf Moskau vor, afrikanische Staaten"),
        ],
        ["Russia", "Sergey Lavrov", "Ukraine", "United States", "European Union", "Kirill Dmitriev", "Steve Witkoff",
         "Andrii Sybiha"],
    ),
]
