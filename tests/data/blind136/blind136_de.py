"""German articles of the blind136 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b136de01 (China.Table)
DE01 = """
Xi in Astana: Peking stellt sich demonstrativ hinter Kasachstans Souveränität

Astana/Peking. Chinas Staats- und Parteichef Xi Jinping hat Kasachstan auf seiner ersten Auslandsreise seit Januar 2020 demonstrativ den Rücken gestärkt.
Unabhängig davon, wie sich die internationale Lage verändere, werde China Kasachstan bei der Verteidigung seiner Unabhängigkeit, Souveränität und territorialen Integrität „entschlossen unterstützen“, sagte Xi am Mittwoch nach Angaben des chinesischen Außenministeriums bei einem Treffen mit Präsident Kassym-Schomart Tokajew.
In Astana wurde der Satz als kaum verhüllte Botschaft an Moskau gelesen.

Xi war am Mittwochnachmittag in der kasachischen Hauptstadt gelandet, wo ihn Tokajew persönlich am Flughafen empfing.
Beide Seiten unterzeichneten nach kasachischen Angaben Abkommen über den Ausbau der Eisenbahnverbindungen, über Erdgas und über den Handel mit Agrarprodukten.
Der Aufenthalt dauerte weniger als einen Tag: Am Abend flog Xi weiter nach Samarkand in Usbekistan.

Tokajew hatte im Juni auf dem Wirtschaftsforum in St. Petersburg im Beisein von Wladimir Putin erklärt, Kasachstan erkenne die von Moskau anerkannten „Volksrepubliken“ im Donbass nicht an.
Russische Staatsmedien warfen Astana daraufhin Undankbarkeit vor.
Im Juli ordnete ein russisches Gericht an, das Ölterminal des Kaspischen Pipeline-Konsortiums (CPC) bei Noworossijsk für 30 Tage stillzulegen, über das rund 80 Prozent der kasachischen Ölexporte laufen.
In Astana wurde das als Druckmittel verstanden.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau sehe in den Beziehungen zwischen Peking und Astana „keinerlei Widerspruch“ zu den eigenen Interessen, Kasachstan sei und bleibe ein „enger Verbündeter“.
In Samarkand trifft Xi am Donnerstag am Rande des Gipfels der Shanghaier Organisation für Zusammenarbeit (SOZ) mit Putin zusammen, zum ersten Mal persönlich seit Februar.
Kremlberater Juri Uschakow hatte angekündigt, Putin wolle mit Xi über die Ukraine und die „illegitimen Sanktionen“ des Westens sprechen.
Das ukrainische Außenministerium rief Peking auf, seinen Einfluss auf Moskau zu nutzen, um den Krieg zu beenden.
Die ukrainische Armee hat seit Anfang September bei einer Gegenoffensive im Gebiet Charkiw nach eigenen Angaben mehr als 6.000 Quadratkilometer zurückerobert.

Auch Europa wirbt um die Region: EU-Ratspräsident Charles Michel will Ende Oktober nach Astana reisen, um dort die Staatschefs der fünf zentralasiatischen Republiken zu treffen.
China ist nach Russland bereits der zweitgrößte Handelspartner Kasachstans; im ersten Halbjahr wuchs der bilaterale Handel nach chinesischen Zollangaben um fast ein Drittel.
"""

# ---------------------------------------------------------------- b136de02 (Salzgitter Zeitung)
DE02 = """
Michel in Astana: Die EU wirbt um Zentralasien – und um Rohstoffe für die Stahlwende

Astana/Salzgitter. EU-Ratspräsident Charles Michel hat die fünf Staaten Zentralasiens zu einer engeren Partnerschaft mit Europa eingeladen.
Beim ersten Treffen der EU-Spitze mit den Präsidenten Kasachstans, Kirgistans, Tadschikistans, Turkmenistans und Usbekistans sprach Michel am Donnerstag in Astana von einem „neuen Kapitel“ der Beziehungen.
In einer gemeinsamen Erklärung bekennen sich die sechs Teilnehmer zur Achtung der Souveränität und territorialen Integrität aller Staaten; Russland wird darin nicht ausdrücklich genannt.
Europa verlange von niemandem, sich zwischen Partnern zu entscheiden, sagte Michel, erwarte aber, dass die Region nicht zur Umgehung der Sanktionen gegen Russland genutzt werde.
Gastgeber Kassym-Schomart Tokajew versicherte, Kasachstan werde sich an die Sanktionen halten, um nicht selbst ins Visier zu geraten.

Michel war bereits am Mittwoch zu einem Gespräch mit Tokajew in Astana eingetroffen und flog am Donnerstagabend nach Usbekistan weiter.
Am Freitag will er in Samarkand Präsident Schawkat Mirsijojew treffen.
Das nächste Gipfeltreffen in diesem Format soll im kommenden Jahr in Kirgistan stattfinden.

Die Annäherung hat einen politischen Hintergrund: Kasachstan hatte vor einem Monat erklärt, es werde die Scheinreferenden in den besetzten ukrainischen Gebieten und deren Annexion durch Russland nicht anerkennen.
Kremlsprecher Dmitri Peskow sagte am Freitag, Russland habe „nichts dagegen“, dass seine Partner in Zentralasien Beziehungen zu anderen Staaten pflegten.
Zugleich warnte er die EU davor, einen Keil zwischen Moskau und seine Verbündeten treiben zu wollen.
Der ukrainische Außenminister Dmytro Kuleba begrüßte das Treffen und rief die Staaten der Region auf, den russischen Angriffskrieg offen zu verurteilen.
Russland hatte in der Nacht zum Donnerstag erneut Kraftwerke in der Ukraine mit iranischen Drohnen angegriffen.

Für die Region Salzgitter ist das mehr als Diplomatie.
Die Salzgitter AG will ihre Hochöfen bis 2033 schrittweise durch Anlagen ersetzen, die mit grünem Wasserstoff arbeiten, und in der kasachischen Steppe plant das Unternehmen Svevind eines der größten Wasserstoffprojekte der Welt.
Eine Absichtserklärung zwischen der EU und Kasachstan über Rohstoffe, Batterien und Wasserstoff soll nach Angaben der Kommission noch vor Jahresende unterzeichnet werden.
„Ohne Partner wie Kasachstan wird die Stahlwende nicht gelingen“, sagte ein Betriebsrat des Hüttenwerks.
"""

# ---------------------------------------------------------------- b136de03 (Pfaffenhofener Kurier, interview summary)
DE03 = """
Steinmeier: „Zentralasien darf keine Hintertür für Russland werden“

Almaty/Pfaffenhofen. Bundespräsident Frank-Walter Steinmeier hat die Staaten Zentralasiens eindringlich davor gewarnt, die westlichen Sanktionen gegen Russland zu unterlaufen.
„Zentralasien darf keine Hintertür für Russlands Kriegswirtschaft werden“, sagte Steinmeier am Mittwochabend in Almaty im Gespräch mit mitreisenden Journalisten, darunter unserer Zeitung.
Die Staaten der Region hätten ein eigenes Interesse daran, nicht selbst ins Visier amerikanischer und europäischer Strafmaßnahmen zu geraten.

Mit Präsident Kassym-Schomart Tokajew habe er am Dienstag in Astana „sehr offen“ über Fälle gesprochen, in denen Maschinenteile aus deutscher Produktion über kasachische Zwischenhändler in Russland gelandet seien, berichtete Steinmeier.
Tokajew habe ihm zugesagt, die Kontrollen an der Grenze zu Russland zu verschärfen.
Ausdrücklich lobte der Bundespräsident, dass Kasachstan die russische Annexion ukrainischer Gebiete nicht anerkenne: „Das verdient Respekt, gerade in direkter Nachbarschaft zu Russland.“
Er habe in Astana zudem für die Friedensformel des ukrainischen Präsidenten Wolodymyr Selenskyj geworben, sagte Steinmeier.

Am Mittwoch hatte Steinmeier in Almaty vor Studierenden der Al-Farabi-Universität gesprochen und die Unverletzlichkeit der Grenzen als Grundlage des Friedens in Europa und Asien bezeichnet.
An diesem Donnerstag reist er weiter nach Kirgistan, wo er in Bischkek Präsident Sadyr Dschaparow treffen will.
Kirgistan steht im Fokus, weil seine Importe aus der EU seit Kriegsbeginn um ein Mehrfaches gestiegen sind, während die Ausfuhren nach Russland ähnlich stark zulegten.

Moskau reagierte verärgert.
Die russische Außenamtssprecherin Maria Sacharowa warf Berlin am Donnerstag vor, die Staaten Zentralasiens zu „erpressen“ und gegen Russland aufzubringen.
Kremlsprecher Dmitri Peskow sagte, die Beziehungen zu Kasachstan seien „strategisch“ und hingen nicht von Besuchen aus dem Ausland ab.
Selenskyj räumte am Mittwoch in einem Interview mit der BBC ein, die Anfang Juni begonnene Gegenoffensive komme langsamer voran als erhofft.

Für die Region Pfaffenhofen hat Kasachstan eine ganz handfeste Bedeutung.
Die Bayernoil-Raffinerie in Vohburg verarbeitet seit Jahren Rohöl aus Kasachstan, das per Tanker nach Triest und von dort über die Transalpine Ölleitung nach Ingolstadt gelangt.
Seit Jahresbeginn fließt kasachisches Öl zudem über die Druschba-Leitung in die Raffinerie im brandenburgischen Schwedt.
"""

# ---------------------------------------------------------------- b136de04 (FONDS professionell, explainer)
DE04 = """
Sekundärsanktionen: Warum Banken in Zentralasien Zahlungen nach Russland bremsen

Frankfurt/Astana. Russische Importeure klagen seit Jahresbeginn über geplatzte Überweisungen aus Kasachstan und Kirgistan.
Mehrere Banken der Region haben nach Berichten russischer Wirtschaftsmedien Zahlungen in Rubel eingeschränkt oder zusätzliche Prüfungen eingeführt.
Was steckt dahinter, und was bedeutet es für Anleger?
Die wichtigsten Fragen und Antworten.

Was hat Washington beschlossen?
Am 22. Dezember hat US-Präsident Joe Biden eine Verordnung unterzeichnet, die es dem Finanzministerium erlaubt, ausländische Banken vom amerikanischen Finanzsystem abzuschneiden, wenn sie Geschäfte für die russische Rüstungsindustrie abwickeln.
Der stellvertretende Finanzminister Wally Adeyemo hatte schon im Dezember bei Gesprächen in der Region gewarnt, Banken, die der russischen Kriegswirtschaft helfen, riskierten den Zugang zum Dollar.

Wie reagiert Astana?
Die kasachische Regierung betont, sie halte sich an die Sanktionen, ohne sie selbst zu verhängen.
Präsident Kassym-Schomart Tokajew sagte im Januar, sein Land werde „keine Schlupflöcher“ für die Umgehung westlicher Sanktionen bieten.

Was sagt Moskau?
Kremlsprecher Dmitri Peskow räumte am Montag „gewisse Schwierigkeiten“ im Zahlungsverkehr mit einigen Partnerländern ein, die man aber lösen werde.
Das Außenministerium in Moskau warf Washington vor, Drittstaaten mit „Erpressung“ auf Linie zu zwingen.
Auch Peking kritisierte die amerikanischen Maßnahmen als „einseitige Sanktionen ohne Grundlage im Völkerrecht“.
Der Handel zwischen Russland und Kasachstan erreichte 2023 nach russischen Angaben einen Rekordwert von rund 28 Milliarden Dollar.

Was plant die EU?
Die EU-Staaten verhandeln derzeit über ein 13. Sanktionspaket, das bis zum 24. Februar beschlossen werden soll.
Nach Angaben von Diplomaten sollen darauf erstmals auch Firmen aus Kasachstan stehen, die Maschinenteile und Elektronik nach Russland geliefert haben sollen.

Was bedeutet das für Anleger?
Für Investoren in kasachischen Bankaktien ist das Risiko gestiegen, auch wenn die großen Institute ihr Russland-Geschäft bereits deutlich zurückgefahren haben.
Die Kaspi-Gruppe hatte erst im Januar ihr Debüt an der US-Technologiebörse Nasdaq gegeben.
„Wer in Almaty Dollar-Geschäfte machen will, wird keine Risiken mit russischen Kunden eingehen“, sagt ein Frankfurter Fondsmanager.
"""

# ---------------------------------------------------------------- b136de05 (MiGAZIN)
DE05 = """
Nach dem Anschlag bei Moskau: Tadschikistan protestiert gegen Schikanen an Russlands Grenzen

Duschanbe/Moskau (MiGAZIN). Zwei Wochen nach dem Terroranschlag auf die Konzerthalle Crocus City Hall hat Tadschikistan bei Russland offiziell gegen den Umgang mit seinen Staatsbürgern protestiert.
Das Außenministerium in Duschanbe übergab dem russischen Botschafter am Donnerstag eine Protestnote, in der es „unbegründete Schikanen“ gegen Tadschiken an Flughäfen und Grenzübergängen beklagte.
Moskau müsse die Rechte der Arbeitsmigranten achten und dürfe sie nicht pauschal verdächtigen, heißt es in der Note.
Am Moskauer Flughafen Wnukowo saßen nach tadschikischen Angaben zeitweise mehr als 1.000 Reisende aus Tadschikistan fest, einige länger als zwei Tage.

Bei dem Anschlag am 22. März waren 145 Menschen getötet worden, die Terrormiliz Islamischer Staat reklamierte die Tat für sich.
Unter den festgenommenen mutmaßlichen Tätern sind vier Tadschiken.
Kremlchef Wladimir Putin hatte zwei Tage danach mit dem tadschikischen Präsidenten Emomali Rahmon telefoniert; beide vereinbarten, im Kampf gegen den Terrorismus enger zusammenzuarbeiten.

Kremlsprecher Dmitri Peskow sagte am Freitag, die verschärften Kontrollen richteten sich „gegen kein bestimmtes Land“, sondern dienten allein der Sicherheit.
Außenamtssprecherin Maria Sacharowa sprach von „Einzelfällen“ und rief Duschanbe auf, die Lage nicht zu politisieren.
Der Vorsitzende der Staatsduma, Wjatscheslaw Wolodin, kündigte am Dienstag an, das Parlament werde im Mai über eine Verschärfung des Migrationsrechts beraten.
Nach Angaben des russischen Innenministeriums arbeiten derzeit rund eine Million Tadschiken in Russland; ihre Überweisungen machen fast die Hälfte der tadschikischen Wirtschaftsleistung aus.
Menschenrechtler berichten zudem, russische Behörden hätten bei Razzien in Moskau und St. Petersburg Ende März Dutzende eingebürgerte Migranten zum Militärdienst eingezogen.
Auch Kirgistan riet seinen Bürgern, Reisen nach Russland vorerst zu verschieben.

In Deutschland wirbt die Bundesregierung derweil um Fachkräfte aus der Region.
Der Sonderbevollmächtigte für Migrationsabkommen, Joachim Stamp, sagte dem MiGAZIN, die Gespräche mit Usbekistan und Kirgistan seien „auf gutem Weg“.
Ein Abkommen mit Usbekistan könne noch in diesem Jahr unterzeichnet werden.
Flüchtlingsorganisationen warnen, Menschen, die vor dem Druck in Russland fliehen, dürften nicht nur als Arbeitskräfte gesehen werden.
"""

# ---------------------------------------------------------------- b136de06 (atw – International Journal for Nuclear Power)
DE06 = """
Kasachstan: Rosatom soll das erste Kernkraftwerk bauen, China das zweite

Astana/Berlin. Kasachstan hat den russischen Staatskonzern Rosatom zum Führer des internationalen Konsortiums für sein erstes Kernkraftwerk bestimmt.
Das teilte die kasachische Agentur für Atomenergie am Samstag in Astana mit.
Für ein zweites Kraftwerk soll die chinesische Staatsfirma CNNC die Federführung übernehmen.
Leer gingen der französische Konzern EDF und die südkoreanische KHNP aus, die sich ebenfalls beworben hatten.

Bei einem Referendum im Oktober vergangenen Jahres hatten rund 71 Prozent der Wähler für den Bau gestimmt.
Die Anlage mit zwei Reaktoren vom Typ WWER-1200 soll am Balchaschsee nahe dem Dorf Ulken entstehen und nach Angaben der Agentur bis 2035 ans Netz gehen.
Rosatom-Chef Alexej Lichatschow sprach von einem „Vertrauensbeweis“ und kündigte an, den Generalvertrag noch vor Jahresende abzuschließen.
Kremlchef Wladimir Putin hatte das Projekt bereits bei seinem Staatsbesuch in Astana im November angesprochen und russische Kredite in Aussicht gestellt.
Kremlsprecher Dmitri Peskow sagte am Sonntag, die Entscheidung zeige, dass Russland in der Atomenergie „trotz aller Sanktionsversuche“ der verlässlichste Partner bleibe.

Die Ukraine kritisierte die Entscheidung.
Rosatom betreibe das seit März 2022 von russischen Truppen besetzte Kernkraftwerk Saporischschja und dürfe nirgendwo auf der Welt Aufträge erhalten, erklärte das Außenministerium in Kiew.
Rosatom selbst steht bislang nicht auf den Sanktionslisten der EU; die USA hatten im Februar 2024 aber mehrere Tochterfirmen des Konzerns gelistet.
Frankreichs Präsident Emmanuel Macron hatte bei seinem Besuch in Astana im November 2023 noch persönlich für EDF geworben.

Chinas Botschaft in Astana begrüßte den Zuschlag für CNNC als Zeichen „gegenseitigen Vertrauens“.
Staats- und Parteichef Xi Jinping wird am Montag zum zweiten China-Zentralasien-Gipfel in Astana erwartet, wo nach chinesischen Angaben ein Vertrag über „ewige gute Nachbarschaft“ unterzeichnet werden soll.
Für Europas Betreiber ist die Entscheidung auch deshalb von Bedeutung, weil Kasachstan der weltgrößte Uranproduzent ist und rund ein Viertel des Urans für Reaktoren in der EU liefert.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b136de01_xi_astana_souveraenitaet_2022_09", "2022-09-15", DE01,
        [
            T("Januar 2020", "DATE", "2020-01"),
            T("Mittwoch", "DATE", "2022-09-14"),
            T("Mittwochnachmittag", "TIME", "2022-09-14TAF"),
            T("weniger als einen Tag", "DURATION", "P1D", mod="LESS_THAN"),
            T("Abend", "TIME", "2022-09-14TEV"),
            T("Juni", "DATE", "2022-06"),
            T("Juli", "DATE", "2022-07"),
            T("30 Tage", "DURATION", "P30D"),
            T("Donnerstag", "DATE", "2022-09-15", 0),
            T("Donnerstag", "DATE", "2022-09-15", 1),
            T("Februar", "DATE", "2022-02", note="the Xi-Putin meeting in Beijing of 4 February 2022"),
            T("Anfang September", "DATE", "2022-09", mod="START"),
            T("Ende Oktober", "DATE", "2022-10", mod="END"),
            T("ersten Halbjahr", "DATE", "2022-H1"),
        ],
        [
            E("Xi pledges China's firm support for Kazakhstan's independence, sovereignty and territorial integrity",
              "SUPPORT", ["Xi Jinping"], "2022-09-14", "text", "occurred", "Unabhängig davon, wie sich"),
            E("Xi–Tokayev talks in Astana", "CONSULT", ["Xi Jinping"], "2022-09-14", "text", "occurred",
              "Unabhängig davon, wie sich"),
            E("Xi arrives in Astana and is received by Tokayev at the airport", "CONSULT", ["Xi Jinping"],
              "2022-09-14TAF", "text", "occurred", "Xi war am Mittwochnachmittag"),
            E("China and Kazakhstan sign agreements on railways, gas and farm trade", "AGREE", ["China"],
              "2022-09-14", "context", "occurred", "Beide Seiten unterzeichneten"),
            E("Xi flies on to the SCO summit in Samarkand", "CONSULT", ["Xi Jinping"], "2022-09-14TEV", "text",
              "occurred", "Der Aufenthalt dauerte"),
            E("Tokayev, next to Putin, refuses to recognise the Donbas 'people's republics'", "REJECT",
              ["Vladimir Putin", "Russia"], "2022-06", "text", "occurred", "Tokajew hatte im Juni"),
            E("Russian state media accuse Astana of ingratitude", "ACCUSE", ["Russia"], "2022-06", "context",
              "occurred", "Russische Staatsmedien warfen"),
            E("Russian court orders the CPC oil terminal at Novorossiysk shut for 30 days", "SANCTION", ["Russia"],
              "2022-07", "text", "occurred", "Im Juli ordnete ein russisches Gericht"),
            E("Xi and Putin to meet in Samarkand, first in-person meeting since February", "CONSULT",
              ["Xi Jinping", "Vladimir Putin"], "2022-09-15", "text", "planned", "In Samarkand trifft Xi"),
            E("SCO summit in Samarkand", "CONSULT", ["Xi Jinping", "Vladimir Putin"], "2022-09-15", "context",
              "planned", "In Samarkand trifft Xi"),
            E("Ukraine calls on Beijing to use its influence on Moscow to end the war", "REQUEST",
              ["Ukraine", "China"], "2022-09-15", "published", "occurred", "Das ukrainische Außenministerium rief"),
            E("Ukrainian counter-offensive in the Kharkiv region since early September", "ASSAULT",
              ["Ukraine", "Russia"], "2022-09", "text", "occurred", "seit Anfang September", date_mod="START"),
            E("Michel to travel to Astana to meet the five Central Asian heads of state", "CONSULT",
              ["European Union"], "2022-10", "text", "planned", "EU-Ratspräsident Charles Michel will",
              date_mod="END", note="EU-Central Asia meeting of 27 October 2022"),
        ],
        [
            S("Xi Jinping, via China", "China will firmly support Kazakhstan's independence, sovereignty and territorial "
              "integrity whatever the international situation", "2022-09-14", "text", "Unabhängig davon, wie sich"),
            S("Russia", "State media accuse Astana of ingratitude", "2022-06", "context", "Russische Staatsmedien warfen"),
            S("Dmitry Peskov", "Moscow sees no contradiction between Beijing–Astana ties and its interests; Kazakhstan "
              "remains a close ally", "2022-09-15", "text", "Kremlsprecher Dmitri Peskow sagte am Donnerstag"),
            S("Yuri Ushakov", "Putin wants to discuss Ukraine and the West's 'illegitimate sanctions' with Xi",
              "2022-09-15", "published", "Kremlberater Juri Uschakow"),
            S("Ukraine", "Foreign ministry calls on Beijing to use its influence on Moscow to end the war",
              "2022-09-15", "published", "Das ukrainische Außenministerium rief"),
            S("Ukraine", "The army has retaken more than 6,000 square kilometres in the Kharkiv region", "2022-09-15",
              "published", "seit Anfang September"),
            S("China", "Customs data: bilateral trade with Kazakhstan grew by almost a third in the first half-year",
              "2022-09-15", "published", "im ersten Halbjahr"),
        ],
        ["Xi Jinping", "China", "Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Yuri Ushakov", "Ukraine",
         "European Union"],
    ),
    doc(
        "b136de02_michel_astana_zentralasien_2022_10", "2022-10-28", DE02,
        [
            T("Donnerstag", "DATE", "2022-10-27", 0),
            T("Mittwoch", "DATE", "2022-10-26"),
            T("Donnerstagabend", "TIME", "2022-10-27TEV"),
            T("Freitag", "DATE", "2022-10-28", 0),
            T("kommenden Jahr", "DATE", "2023"),
            T("vor einem Monat", "DATE", "2022-09"),
            T("Freitag", "DATE", "2022-10-28", 1),
            T("der Nacht zum Donnerstag", "TIME", "2022-10-26TNI", note="night of 26 to 27 October"),
            T("2033", "DATE", "2033"),
            T("Jahresende", "DATE", "2022", mod="END"),
        ],
        [
            E("Michel invites the Central Asian states to a closer partnership with Europe", "REQUEST",
              ["European Union"], "2022-10-27", "context", "occurred", "zu einer engeren Partnerschaft"),
            E("First meeting of the EU leadership with the five Central Asian presidents in Astana", "CONSULT",
              ["European Union"], "2022-10-27", "text", "occurred", "Beim ersten Treffen der EU-Spitze"),
            E("Joint declaration on respect for sovereignty and territorial integrity", "AGREE", ["European Union"],
              "2022-10-27", "context", "occurred", "In einer gemeinsamen Erklärung"),
            E("Michel expects the region not to be used to circumvent the sanctions on Russia", "REQUEST",
              ["European Union"], "2022-10-27", "context", "occurred", "Europa verlange von niemandem"),
            E("Tokayev assures the EU that Kazakhstan will comply with the sanctions", "AGREE", ["European Union"],
              "2022-10-27", "context", "occurred", "Gastgeber Kassym-Schomart Tokajew versicherte"),
            E("Michel–Tokayev talks in Astana", "CONSULT", ["European Union"], "2022-10-26", "text", "occurred",
              "Michel war bereits am Mittwoch"),
            E("Michel flies on to Uzbekistan", "CONSULT", ["European Union"], "2022-10-27TEV", "text", "occurred",
              "Michel war bereits am Mittwoch"),
            E("Michel to meet Mirziyoyev in Samarkand", "CONSULT", ["European Union"], "2022-10-28", "text",
              "planned", "Am Freitag will er in Samarkand"),
            E("Next EU–Central Asia summit to be held in Kyrgyzstan next year", "CONSULT", ["European Union"], "2023",
              "text", "planned", "Das nächste Gipfeltreffen in diesem Format"),
            E("Kazakhstan says it will not recognise the sham referendums and Russia's annexation", "REJECT",
              ["Russia"], "2022-09", "text", "occurred", "Kasachstan hatte vor einem Monat erklärt"),
            E("Peskov: Russia has nothing against its Central Asian partners' ties with other states", "SUPPORT",
              ["Dmitry Peskov"], "2022-10-28", "text", "occurred", "Russland habe „nichts dagegen“"),
            E("Peskov warns the EU against driving a wedge between Moscow and its allies", "REQUEST",
              ["Dmitry Peskov", "European Union"], "2022-10-28", "context", "occurred", "Zugleich warnte er die EU"),
            E("Kuleba welcomes the Astana meeting", "SUPPORT", ["Ukraine", "European Union"], "2022-10-28",
              "published", "occurred", "Dmytro Kuleba begrüßte das Treffen"),
            E("Kuleba calls on the Central Asian states to condemn Russia's war openly", "REQUEST", ["Ukraine"],
              "2022-10-28", "published", "occurred", "Dmytro Kuleba begrüßte das Treffen"),
            E("Russian drone attacks on Ukrainian power plants", "ASSAULT", ["Russia", "Ukraine"], "2022-10-26TNI",
              "text", "occurred", "Russland hatte in der Nacht zum Donnerstag"),
            E("EU–Kazakhstan memorandum on raw materials, batteries and hydrogen to be signed before the end of the "
              "year", "AGREE", ["European Union"], "2022", "text", "planned", "Eine Absichtserklärung zwischen der EU",
              date_mod="END", note="signed on 7 November 2022 at COP27"),
        ],
        [
            S("European Union", "Michel speaks of a 'new chapter' in relations with Central Asia", "2022-10-27", "text",
              "Beim ersten Treffen der EU-Spitze"),
            S("European Union", "Joint declaration: respect for the sovereignty and territorial integrity of all states",
              "2022-10-27", "context", "In einer gemeinsamen Erklärung"),
            S("European Union", "Michel: Europe asks no one to choose between partners but expects the region not to be "
              "used to circumvent sanctions", "2022-10-27", "context", "Europa verlange von niemandem"),
            S("Dmitry Peskov", "Russia has nothing against its partners in Central Asia maintaining ties with others",
              "2022-10-28", "text", "Russland habe „nichts dagegen“"),
            S("Dmitry Peskov", "Warns the EU against trying to drive a wedge between Moscow and its allies",
              "2022-10-28", "context", "Zugleich warnte er die EU"),
            S("Ukraine", "Kuleba welcomes the meeting and calls on the region to condemn Russia's war", "2022-10-28",
              "published", "Dmytro Kuleba begrüßte das Treffen"),
            S("European Union", "Commission: the memorandum with Kazakhstan is to be signed before the end of the year",
              "2022-10-28", "published", "Eine Absichtserklärung zwischen der EU"),
        ],
        ["European Union", "Russia", "Kremlin", "Dmitry Peskov", "Ukraine"],
    ),
    doc(
        "b136de03_steinmeier_hintertuer_zentralasien_2023_06", "2023-06-22", DE03,
        [
            T("Mittwochabend", "TIME", "2023-06-21TEV"),
            T("Dienstag", "DATE", "2023-06-20"),
            T("Mittwoch", "DATE", "2023-06-21", 0),
            T("diesem Donnerstag", "DATE", "2023-06-22"),
            T("Donnerstag", "DATE", "2023-06-22", 1),
            T("Mittwoch", "DATE", "2023-06-21", 1),
            T("Anfang Juni", "DATE", "2023-06", mod="START"),
            T("Jahren", "DURATION", "PXY"),
            T("Jahresbeginn", "DATE", "2023", mod="START"),
        ],
        [
            E("Steinmeier warns the Central Asian states not to undermine the sanctions on Russia", "REQUEST",
              ["Germany"], "2023-06-21TEV", "context", "occurred", "eindringlich davor gewarnt"),
            E("Steinmeier–Tokayev talks in Astana on re-exports of German machine parts", "CONSULT", ["Germany"],
              "2023-06-20", "text", "occurred", "Mit Präsident Kassym-Schomart Tokajew habe er"),
            E("Tokayev promises Steinmeier tighter controls on the border with Russia", "AGREE", ["Germany"],
              "2023-06-20", "context", "occurred", "Tokajew habe ihm zugesagt"),
            E("Steinmeier praises Kazakhstan's non-recognition of the annexation", "SUPPORT", ["Germany"],
              "2023-06-21TEV", "context", "occurred", "Ausdrücklich lobte der Bundespräsident"),
            E("Steinmeier promotes Zelensky's peace formula in Astana", "SUPPORT", ["Germany", "Volodymyr Zelensky"],
              "2023-06-20", "context", "occurred", "für die Friedensformel"),
            E("Steinmeier to meet Japarov in Bishkek", "CONSULT", ["Germany"], "2023-06-22", "text", "planned",
              "An diesem Donnerstag reist er weiter"),
            E("Zakharova accuses Berlin of blackmailing Central Asia and turning it against Russia", "ACCUSE",
              ["Maria Zakharova", "Germany"], "2023-06-22", "text", "occurred", "Maria Sacharowa warf Berlin"),
            E("Ukrainian counter-offensive since early June", "ASSAULT", ["Ukraine", "Russia"], "2023-06", "text",
              "occurred", "die Anfang Juni begonnene Gegenoffensive", date_mod="START"),
        ],
        [
            S("Germany", "Steinmeier: Central Asia must not become a back door for Russia's war economy",
              "2023-06-21TEV", "text", "sagte Steinmeier am Mittwochabend"),
            S("Germany", "Steinmeier: the region has its own interest in not becoming a target of US and European "
              "penalties", "2023-06-21TEV", "context", "ein eigenes Interesse daran"),
            S("Germany", "Steinmeier spoke openly with Tokayev about German machine parts reaching Russia via Kazakh "
              "intermediaries", "2023-06-21TEV", "context", "Mit Präsident Kassym-Schomart Tokajew habe er"),
            S("Germany", "Steinmeier: Kazakhstan's non-recognition of the annexation deserves respect",
              "2023-06-21TEV", "context", "Ausdrücklich lobte der Bundespräsident"),
            S("Germany", "Steinmeier promoted Zelensky's peace formula in Astana", "2023-06-21TEV", "context",
              "für die Friedensformel"),
            S("Germany", "Steinmeier in his Almaty speech: the inviolability of borders is the basis of peace",
              "2023-06-21", "text", "Am Mittwoch hatte Steinmeier in Almaty"),
            S("Russia", "Moscow reacts angrily", "2023-06-22", "published", "Moskau reagierte verärgert."),
            S("Maria Zakharova", "Berlin is blackmailing the Central Asian states and turning them against Russia",
              "2023-06-22", "text", "Maria Sacharowa warf Berlin"),
            S("Dmitry Peskov", "Relations with Kazakhstan are strategic and do not depend on foreign visits",
              "2023-06-22", "published", "Kremlsprecher Dmitri Peskow sagte"),
            S("Volodymyr Zelensky", "The counter-offensive is advancing more slowly than hoped", "2023-06-21", "text",
              "räumte am Mittwoch in einem Interview"),
        ],
        ["Germany", "Russia", "United States", "European Union", "Ukraine", "Volodymyr Zelensky", "Maria Zakharova",
         "Kremlin", "Dmitry Peskov"],
    ),
    doc(
        "b136de04_sekundaersanktionen_banken_zentralasien_2024_02", "2024-02-15", DE04,
        [
            T("Jahresbeginn", "DATE", "2024", mod="START"),
            T("22. Dezember", "DATE", "2023-12-22"),
            T("Dezember", "DATE", "2023-12", 1),
            T("Januar", "DATE", "2024-01", 0),
            T("Montag", "DATE", "2024-02-12"),
            T("2023", "DATE", "2023"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("24. Februar", "DATE", "2024-02-24"),
            T("Januar", "DATE", "2024-01", 1),
        ],
        [
            E("Biden signs an executive order allowing the Treasury to cut foreign banks that serve Russia's arms "
              "industry off from the US financial system", "THREATEN", ["Joe Biden"], "2023-12-22", "text",
              "occurred", "Am 22. Dezember hat US-Präsident Joe Biden"),
            E("Adeyemo holds talks in Central Asia", "CONSULT", ["United States"], "2023-12", "text", "occurred",
              "Wally Adeyemo hatte schon im Dezember"),
            E("Adeyemo warns that banks helping Russia's war economy risk losing access to the dollar", "THREATEN",
              ["United States"], "2023-12", "text", "occurred", "Wally Adeyemo hatte schon im Dezember"),
            E("Russian foreign ministry accuses Washington of blackmailing third countries", "ACCUSE",
              ["Russia", "United States"], "2024-02-15", "published", "occurred", "Das Außenministerium in Moskau warf"),
            E("Beijing criticises the US measures as unilateral sanctions", "ACCUSE", ["China", "United States"],
              "2024-02-15", "published", "occurred", "Auch Peking kritisierte"),
            E("EU states negotiate a 13th sanctions package", "CONSULT", ["European Union"], "PRESENT_REF", "vague",
              "occurred", "Die EU-Staaten verhandeln derzeit"),
            E("EU to adopt a 13th sanctions package against Russia by 24 February", "SANCTION",
              ["European Union", "Russia"], "2024-02-24", "text", "planned", "Die EU-Staaten verhandeln derzeit"),
            E("EU to list Kazakh firms for supplying machine parts and electronics to Russia", "SANCTION",
              ["European Union", "Russia"], "2024-02-24", "context", "planned", "Nach Angaben von Diplomaten"),
        ],
        [
            S("United States", "Adeyemo: banks helping Russia's war economy risk losing access to the dollar",
              "2023-12", "text", "Wally Adeyemo hatte schon im Dezember"),
            S("Dmitry Peskov", "Admits 'certain difficulties' in payments with some partner countries that will be "
              "solved", "2024-02-12", "text", "räumte am Montag"),
            S("Russia", "Foreign ministry: Washington forces third countries into line by blackmail", "2024-02-15",
              "published", "Das Außenministerium in Moskau warf"),
            S("China", "The US measures are unilateral sanctions without basis in international law", "2024-02-15",
              "published", "Auch Peking kritisierte"),
            S("Russia", "Trade with Kazakhstan reached a record of about 28 billion dollars in 2023", "2024-02-15",
              "published", "Der Handel zwischen Russland und Kasachstan"),
        ],
        ["Russia", "United States", "Joe Biden", "Kremlin", "Dmitry Peskov", "China", "European Union"],
    ),
    doc(
        "b136de05_tadschikistan_protest_migranten_crocus_2024_04", "2024-04-06", DE05,
        [
            T("Zwei Wochen", "DURATION", "P2W"),
            T("Donnerstag", "DATE", "2024-04-04"),
            T("länger als zwei Tage", "DURATION", "P2D", mod="MORE_THAN"),
            T("22. März", "DATE", "2024-03-22"),
            T("zwei Tage danach", "DATE", "2024-03-24"),
            T("Freitag", "DATE", "2024-04-05"),
            T("Dienstag", "DATE", "2024-04-02"),
            T("Mai", "DATE", "2024-05"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Ende März", "DATE", "2024-03", mod="END"),
            T("diesem Jahr", "DATE", "2024"),
        ],
        [
            E("Tajikistan hands Russia a protest note over harassment of Tajik citizens at airports and border "
              "crossings", "ACCUSE", ["Russia"], "2024-04-04", "text", "occurred",
              "übergab dem russischen Botschafter am Donnerstag"),
            E("Tajik note demands that Moscow respect labour migrants' rights", "REQUEST", ["Russia"], "2024-04-04",
              "context", "occurred", "Moskau müsse die Rechte"),
            E("Terrorist attack on Crocus City Hall, 145 killed", "ASSAULT", ["Russia"], "2024-03-22", "text",
              "occurred", "Bei dem Anschlag am 22. März"),
            E("Putin–Rahmon phone call", "CONSULT", ["Vladimir Putin"], "2024-03-24", "text", "occurred",
              "zwei Tage danach"),
            E("Putin and Rahmon agree on closer counter-terrorism cooperation", "AGREE", ["Vladimir Putin"],
              "2024-03-24", "context", "occurred", "zwei Tage danach"),
            E("Peskov denies that the tighter controls target any country", "REJECT", ["Dmitry Peskov"], "2024-04-05",
              "text", "occurred", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            E("Zakharova calls on Dushanbe not to politicise the situation", "REQUEST", ["Maria Zakharova"],
              "2024-04-06", "published", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("Russian authorities draft naturalised migrants into the army during raids", "MOBILIZE", ["Russia"],
              "2024-03", "text", "occurred", "Menschenrechtler berichten zudem", date_mod="END"),
            E("Germany–Uzbekistan migration agreement could be signed this year", "AGREE", ["Germany"], "2024",
              "text", "uncertain", "Ein Abkommen mit Usbekistan könne"),
        ],
        [
            S("Dmitry Peskov", "The tighter controls target no particular country and serve security only",
              "2024-04-05", "text", "Kremlsprecher Dmitri Peskow sagte am Freitag"),
            S("Maria Zakharova", "Speaks of isolated cases and calls on Dushanbe not to politicise the situation",
              "2024-04-06", "published", "Außenamtssprecherin Maria Sacharowa"),
            S("Russia", "Volodin: the Duma will debate tightening migration law in May", "2024-04-02", "text",
              "Wjatscheslaw Wolodin, kündigte am Dienstag an"),
            S("Russia", "Interior ministry: about one million Tajiks currently work in Russia", "2024-04-06",
              "published", "Nach Angaben des russischen Innenministeriums"),
            S("Germany", "Stamp: talks with Uzbekistan and Kyrgyzstan are on a good track", "2024-04-06", "published",
              "Joachim Stamp, sagte dem MiGAZIN"),
            S("Germany", "Stamp: an agreement with Uzbekistan could be signed this year", "2024-04-06", "published",
              "Ein Abkommen mit Usbekistan könne"),
        ],
        ["Russia", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Germany"],
    ),
    doc(
        "b136de06_rosatom_kasachstan_kernkraftwerk_2025_06", "2025-06-15", DE06,
        [
            T("Samstag", "DATE", "2025-06-14"),
            T("Oktober vergangenen Jahres", "DATE", "2024-10", note="referendum of 6 October 2024"),
            T("2035", "DATE", "2035"),
            T("Jahresende", "DATE", "2025", mod="END"),
            T("November", "DATE", "2024-11", 0),
            T("Sonntag", "DATE", "2025-06-15"),
            T("März 2022", "DATE", "2022-03"),
            T("Februar 2024", "DATE", "2024-02"),
            T("November 2023", "DATE", "2023-11"),
            T("Montag", "DATE", "2025-06-16"),
        ],
        [
            E("Kazakhstan picks Rosatom to lead the consortium for its first nuclear power plant", "COOPERATE",
              ["Russia"], "2025-06-14", "context", "occurred", "zum Führer des internationalen Konsortiums"),
            E("China's CNNC to lead the second nuclear plant", "COOPERATE", ["China"], "2025-06-14", "context",
              "occurred", "Für ein zweites Kraftwerk"),
            E("France's EDF passed over", "REJECT", ["France"], "2025-06-14", "context", "occurred",
              "Leer gingen der französische Konzern"),
            E("Rosatom to conclude the general contract before the end of the year", "AGREE", ["Russia"], "2025",
              "text", "planned", "Rosatom-Chef Alexej Lichatschow", date_mod="END"),
            E("Putin's state visit to Astana", "CONSULT", ["Vladimir Putin"], "2024-11", "text", "occurred",
              "bei seinem Staatsbesuch in Astana im November"),
            E("Putin offers Russian loans for the nuclear plant", "AGREE", ["Vladimir Putin"], "2024-11", "context",
              "occurred", "bei seinem Staatsbesuch in Astana im November"),
            E("Kyiv accuses Rosatom of running the occupied Zaporizhzhia plant", "ACCUSE", ["Ukraine", "Russia"],
              "2025-06-15", "published", "occurred", "Rosatom betreibe das seit März 2022"),
            E("Kyiv demands that Rosatom receive no contracts anywhere in the world", "REQUEST", ["Ukraine"],
              "2025-06-15", "published", "occurred", "Rosatom betreibe das seit März 2022"),
            E("Russian troops occupy the Zaporizhzhia nuclear plant since March 2022", "ASSAULT", ["Russia", "Ukraine"],
              "2022-03", "text", "occurred", "Rosatom betreibe das seit März 2022", date_mod="START"),
            E("US lists several Rosatom subsidiaries", "SANCTION", ["United States", "Russia"], "2024-02", "text",
              "occurred", "die USA hatten im Februar 2024"),
            E("Macron's visit to Astana", "CONSULT", ["Emmanuel Macron"], "2023-11", "text", "occurred",
              "Frankreichs Präsident Emmanuel Macron hatte"),
            E("Macron lobbies for EDF in Astana", "REQUEST", ["Emmanuel Macron"], "2023-11", "context", "occurred",
              "Frankreichs Präsident Emmanuel Macron hatte"),
            E("China's embassy welcomes the award to CNNC", "SUPPORT", ["China"], "2025-06-15", "published", "occurred",
              "Chinas Botschaft in Astana begrüßte"),
            E("Xi expected at the second China–Central Asia summit in Astana", "CONSULT", ["Xi Jinping"], "2025-06-16",
              "text", "planned", "Staats- und Parteichef Xi Jinping wird am Montag"),
            E("Treaty on 'eternal good-neighbourliness' to be signed at the summit", "AGREE", ["Xi Jinping"],
              "2025-06-16", "context", "planned", "Staats- und Parteichef Xi Jinping wird am Montag",
              note="signed on 17 June 2025"),
        ],
        [
            S("Russia", "Likhachev: the choice is a proof of trust; the general contract by the end of the year",
              "2025-06-15", "published", "Rosatom-Chef Alexej Lichatschow"),
            S("Dmitry Peskov", "The decision shows Russia remains the most reliable nuclear partner despite sanctions",
              "2025-06-15", "text", "Kremlsprecher Dmitri Peskow sagte am Sonntag"),
            S("Ukraine", "Criticises Kazakhstan's decision", "2025-06-15", "published",
              "Die Ukraine kritisierte die Entscheidung."),
            S("Ukraine", "Foreign ministry: Rosatom runs the occupied Zaporizhzhia plant and must get no contracts "
              "anywhere", "2025-06-15", "published", "Rosatom betreibe das seit März 2022"),
            S("China", "Embassy welcomes the award to CNNC as a sign of mutual trust", "2025-06-15", "published",
              "Chinas Botschaft in Astana begrüßte"),
            S("China", "A treaty on 'eternal good-neighbourliness' is to be signed at the Astana summit", "2025-06-15",
              "published", "Staats- und Parteichef Xi Jinping wird am Montag"),
        ],
        ["Russia", "China", "France", "Vladimir Putin", "Kremlin", "Dmitry Peskov", "Ukraine", "European Union",
         "United States", "Emmanuel Macron", "Xi Jinping"],
    ),
]
