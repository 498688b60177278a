"""German articles of the blind115 set (fictionalised; written and annotated blind to the extraction code).

Theme: Latin America and the war, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b115de01 (Blickpunkt Lateinamerika, Adveniat)
DE01 = """
UN-Vollversammlung verabschiedet humanitäre Ukraine-Resolution – Mexiko unter den Initiatoren

Mit großer Mehrheit hat die UN-Vollversammlung in New York Russland für die humanitäre Notlage in der Ukraine verantwortlich gemacht.
140 der 193 Mitgliedstaaten stimmten am Donnerstag für eine Resolution, die eine sofortige Einstellung der Kampfhandlungen und den Schutz von Zivilisten, Krankenhäusern und Schulen verlangt.
Fünf Staaten, darunter Russland und Belarus, stimmten dagegen, 38 enthielten sich, unter ihnen China.
Der Text geht auf einen Entwurf zurück, den Mexiko und Frankreich Anfang März zunächst im Sicherheitsrat eingebracht hatten und der später mit einem ukrainischen Text zusammengeführt wurde.

Mexikos UN-Botschafter Juan Ramón de la Fuente sprach nach der Abstimmung von einem „klaren Signal der Menschlichkeit“.
Der ukrainische Botschafter Serhij Kyslyzja dankte den Initiatoren und warf Moskau vor, gezielt Wohnviertel, Schutzräume und Fluchtkorridore zu beschießen.
Russlands Botschafter Wassili Nebensja nannte die Resolution dagegen „antirussisch“ und politisch motiviert.

Ein konkurrierender Entwurf Südafrikas, der Russland nicht erwähnte, kam nicht zur Abstimmung: Die Versammlung lehnte es mit 67 zu 50 Stimmen ab, darüber zu beraten.
Bereits am Mittwoch war Russland im Sicherheitsrat mit einem eigenen humanitären Resolutionsentwurf gescheitert, der die russische Verantwortung ausklammerte.
Nur China stimmte mit Moskau, die übrigen 13 Ratsmitglieder enthielten sich.
UN-Generalsekretär António Guterres hatte am Dienstag erklärt, der Krieg sei „nicht zu gewinnen“, und ein sofortiges Ende der Kämpfe gefordert.

Aus Lateinamerika stimmten die meisten Staaten mit Ja, auch Brasilien und Argentinien.
Bolivien, Kuba, El Salvador und Nicaragua enthielten sich, Venezuela durfte wegen Beitragsrückständen nicht abstimmen.
Mexikos Präsident Andrés Manuel López Obrador bekräftigte am Donnerstagmorgen in seiner täglichen Pressekonferenz, sein Land werde sich den Wirtschaftssanktionen gegen Russland nicht anschließen.

Papst Franziskus, der am Freitag um 17 Uhr im Petersdom Russland und die Ukraine dem Unbefleckten Herzen Mariens weihen will, hatte am Mittwoch bei der Generalaudienz erneut ein Ende der „grausamen“ Kämpfe gefordert.
Die Bischofskonferenzen Lateinamerikas haben die Gläubigen aufgerufen, sich dem Gebet anzuschließen; in Mexiko-Stadt ist wegen der Zeitverschiebung eine Messe am Vormittag in der Basilika von Guadalupe geplant.
Adveniat-Hauptgeschäftsführer Pater Martin Maier warnte, die Folgen des Krieges seien in Lateinamerika längst angekommen.
Die Preise für Weizen und Düngemittel seien seit Februar drastisch gestiegen, in Ländern wie Peru und Kolumbien treffe das vor allem die Armen.
„Dieser Krieg wird auch in den Armenvierteln von Lima und Bogotá bezahlt“, sagte Maier.
"""

# ---------------------------------------------------------------- b115de02 (Lateinamerika Nachrichten)
DE02 = """
Ortega öffnet Nicaragua für russische Soldaten – Washington „beobachtet genau“

Managua. Die Nationalversammlung Nicaraguas hat am Dienstag einem Dekret von Präsident Daniel Ortega zugestimmt, das russischen Soldaten, Schiffen und Flugzeugen in der zweiten Jahreshälfte die Einreise erlaubt.
Die Genehmigung gilt vom 1. Juli bis zum 31. Dezember und umfasst nach dem Text des Dekrets Übungen, humanitäre Einsätze bei Naturkatastrophen sowie den Kampf gegen den Drogenhandel.
Solche Dekrete erlässt die Regierung in Managua seit Jahren halbjährlich, auch Soldaten aus den USA, Mexiko und den Nachbarländern sind darin regelmäßig aufgeführt.
Neu ist der Zusammenhang: Seit dem russischen Einmarsch in die Ukraine im Februar hat sich Ortega so deutlich wie kaum ein anderer Staatschef der Region hinter Moskau gestellt.

Das US-Außenministerium reagierte am Mittwoch mit Besorgnis.
Man beobachte die Zusammenarbeit Nicaraguas mit Russland „genau“, sagte Sprecher Ned Price, eine russische Militärpräsenz in der Region wäre „inakzeptabel“.
Der republikanische Senator Marco Rubio forderte neue Sanktionen gegen die „Diktatur“ von Ortega und seiner Ehefrau, Vizepräsidentin Rosario Murillo.
Auch Costa Rica, dessen Präsident Rodrigo Chaves erst seit Mai im Amt ist, verlangte in einer Note Aufklärung von Managua.

Die russische Botschaft in Managua sprach von einer „Routinemaßnahme“, die sich gegen niemanden richte.
Außenamtssprecherin Maria Sacharowa sagte am Donnerstag in Moskau, die Aufregung in Washington sei „heuchlerisch“, schließlich unterhielten die USA Militärbasen in halb Lateinamerika.
Russland betreibt in Managua bereits ein Ausbildungszentrum für Polizisten aus Zentralamerika sowie eine Bodenstation seines Satellitensystems Glonass.

Das Dekret fiel mitten in den Amerika-Gipfel in Los Angeles, zu dem US-Präsident Joe Biden Nicaragua, Kuba und Venezuela nicht eingeladen hatte.
Mexikos Präsident Andrés Manuel López Obrador blieb dem Treffen aus Protest gegen den Ausschluss fern und schickte Außenminister Marcelo Ebrard.
Biden warb am Mittwoch zur Eröffnung des Gipfels für eine gemeinsame Front gegen Russlands Krieg, der die Lebensmittel- und Energiepreise auch in Lateinamerika in die Höhe treibe.
Ortega hatte den Gipfel bereits vergangene Woche als „Treffen der Kolonialherren“ verspottet.

In Nicaragua selbst wird über das Dekret kaum offen gestritten, seit die Regierung im vergangenen Jahr fast alle Oppositionskandidaten vor der Wahl inhaftieren ließ.
Die Menschenrechtlerin Vilma Núñez sagte den LN, die Nähe zu Moskau diene Ortega vor allem als Drohkulisse gegenüber Washington.
Kiew hatte schon im Februar scharf kritisiert, dass Managua die russische Anerkennung der „Volksrepubliken“ im Donbass begrüßt hatte.
"""

# ---------------------------------------------------------------- b115de03 (Brasil-Post, São Paulo)
DE03 = """
Lula bei Biden: Gemeinsame Kritik an Russland, aber keine Munition für Kiew

Washington/São Paulo. Präsident Luiz Inácio Lula da Silva (PT) und US-Präsident Joe Biden haben die Verletzung der territorialen Integrität der Ukraine durch Russland in einer gemeinsamen Erklärung „bedauert“.
Beide forderten nach ihrem Treffen am Freitag im Weißen Haus einen „gerechten und dauerhaften Frieden“.
Das Gespräch im Oval Office dauerte gut eine Stunde, länger als geplant.

Lula warb in Washington erneut für seine Idee eines „Clubs“ neutraler Staaten, der zwischen Moskau und Kiew vermitteln soll, und nannte China, Indien und Indonesien als mögliche Mitglieder.
„Wir müssen eine Gruppe von Ländern schaffen, die nicht am Krieg beteiligt sind und sich an einen Tisch setzen“, sagte er dem Sender CNN am Freitagabend.
Er wolle das Thema bei seinem Besuch in Peking ansprechen, der für Ende März geplant ist.
Biden äußerte sich öffentlich nicht zu dem Vorschlag; ein Sprecher des Weißen Hauses sagte, Washington begrüße jede Initiative, die Präsident Wolodymyr Selenskyj mittrage.

Deutlich wurden die Unterschiede bei den Waffen.
Brasilien werde weder Munition noch Waffen an die Ukraine liefern, bekräftigte Lula.
Ein entsprechendes Ersuchen von Bundeskanzler Olaf Scholz hatte er bereits Ende Januar bei dessen Besuch in Brasília abgelehnt.
Damals hatte Lula auch gesagt, Russland habe einen „klassischen Fehler“ begangen, als es in das Nachbarland einmarschierte.

Präsidentenberater Mychajlo Podoljak schrieb am Samstag auf Twitter, ein „Club“ von Vermittlern sei nutzlos, solange Russland nicht bereit sei, seine Truppen abzuziehen.
Außenminister Dmytro Kuleba hatte Brasília schon in der vergangenen Woche eingeladen, sich der ukrainischen Friedensformel anzuschließen.
In Moskau sagte Kremlsprecher Dmitri Peskow, man schätze das Interesse Brasiliens an einer Lösung, sehe aber derzeit keine Grundlage für Verhandlungen mit Kiew.

Für die deutsch-brasilianische Wirtschaft ist die Annäherung zwischen Brasília und Washington vor allem wegen des Klimaschutzes interessant.
Biden kündigte an, sich am Amazonien-Fonds zu beteiligen, der bislang vor allem von Norwegen und Deutschland getragen wird.
Die Deutsch-Brasilianische Industrie- und Handelskammer in São Paulo hofft zudem, dass das Handelsabkommen zwischen der EU und dem Mercosur noch in diesem Jahr unterzeichnet wird.
"""

# ---------------------------------------------------------------- b115de04 (Quetzal, Leipzig)
DE04 = """
Russische Soldaten auf dem Zócalo: Kiew empört über Mexikos Militärparade

Mexiko-Stadt. Bei der Militärparade zum Unabhängigkeitstag sind am Samstag in Mexiko-Stadt erstmals auch Soldaten der russischen Streitkräfte über den Zócalo marschiert.
Das Kontingent gehörte zu Ehrenformationen aus rund einem Dutzend Ländern, darunter China, Kuba, Nicaragua und Venezuela, die Präsident Andrés Manuel López Obrador zum 213. Jahrestag des Beginns des Unabhängigkeitskampfs eingeladen hatte.

Die ukrainische Botschaft in Mexiko reagierte noch am Samstagabend mit scharfer Kritik.
Es sei „bedauerlich“, dass Soldaten eines Landes, das Kriegsverbrechen gegen Ukrainerinnen und Ukrainer begehe, an einem Fest der Freiheit teilnähmen, hieß es in einer Mitteilung.
Der Sprecher des Außenministeriums in Kiew, Oleh Nikolenko, schrieb am Sonntag, die russischen Soldaten hätten „Blut an den Händen“, und forderte Mexiko auf, sich klar von Moskau zu distanzieren.

López Obrador wies die Kritik in seiner Pressekonferenz am Montagmorgen zurück.
Mexiko habe die Streitkräfte aller Länder eingeladen, mit denen es Beziehungen unterhalte, die Einladungen seien bereits im Frühjahr verschickt worden, sagte der Präsident.
„Wir sind mit niemandem im Krieg, wir sind ein pazifistisches Land“, fügte er hinzu und verwies auf seinen Vorschlag vom vergangenen Jahr, eine internationale Kommission für einen Waffenstillstand einzusetzen.

Auch in Mexiko selbst regte sich Widerspruch.
Abgeordnete der oppositionellen PAN sprachen von einem „Affront“ gegenüber der Ukraine und verlangten eine Erklärung von Verteidigungsminister Luis Cresencio Sandoval.
Die russische Botschaft bedankte sich dagegen auf ihrem Telegram-Kanal für die „herzliche Aufnahme“ und veröffentlichte Fotos der Soldaten vor dem Nationalpalast.

Aus Washington kam vorerst keine offizielle Reaktion; ein Sprecher der US-Botschaft sagte lediglich, die Beziehungen zu Mexiko seien „eng und vielschichtig“.
Mexiko hat den russischen Einmarsch in der UN-Vollversammlung mehrfach verurteilt, beteiligt sich aber nicht an den Sanktionen gegen Moskau und lehnt Waffenlieferungen an Kiew ab.
Kritiker sehen in der Parade ein weiteres Zeichen dafür, dass López Obrador in seinem letzten vollen Amtsjahr die Nähe zu Regierungen sucht, die Washington kritisch gegenüberstehen.
Dass im kommenden Jahr auch ukrainische Soldaten eingeladen werden könnten, schloss der Präsident nicht aus.
"""

# ---------------------------------------------------------------- b115de05 (Münsterländische Volkszeitung, Rheine)
DE05 = """
Petro sagt Teilnahme an Ukraine-Gipfel in der Schweiz ab

Bogotá/Luzern. Kolumbiens Präsident Gustavo Petro wird nicht an der Friedenskonferenz für die Ukraine auf dem Bürgenstock teilnehmen.
Das teilte der linke Staatschef in der Nacht zum Freitag auf der Plattform X mit, nachdem er seine Teilnahme noch Ende Mai zugesagt hatte.
Der Gipfel, zu dem die Schweiz am Samstag und Sonntag Vertreter von rund 90 Staaten und Organisationen erwartet, sei „keine Konferenz für den Frieden“, schrieb Petro, sondern drohe zu einem Bündnis für die Fortsetzung des Krieges zu werden.

Petro verwies auf die Abwesenheit Russlands, das nicht eingeladen wurde, und auf die Absage Chinas.
Ohne beide Kriegsparteien am Tisch könne es keinen Frieden geben, Kolumbien werde stattdessen mit Brasilien und Mexiko an einer „echten Verhandlungslösung“ arbeiten.

Präsident Wolodymyr Selenskyj hatte Petro im Mai in einem Telefonat persönlich eingeladen und ihn als „wichtige Stimme des Globalen Südens“ bezeichnet.
Das Außenministerium in Kiew erklärte am Freitag, die Tür bleibe offen, wer jedoch Angreifer und Opfer gleichsetze, helfe nur Moskau.

Aus Lateinamerika reisen dagegen Argentiniens Präsident Javier Milei, Chiles Staatschef Gabriel Boric und Ecuadors Präsident Daniel Noboa an.
Brasilien, das gemeinsam mit China einen eigenen Friedensplan vorgelegt hat, schickt lediglich seine Botschafterin in Bern als Beobachterin, Mexiko bleibt dem Treffen fern.
Selenskyj, der am Donnerstag beim G7-Gipfel in Apulien mit US-Präsident Joe Biden ein auf zehn Jahre angelegtes Sicherheitsabkommen unterzeichnet hatte, will am Rande der Konferenz mit Milei und Boric sprechen.

Kremlsprecher Dmitri Peskow bezeichnete die Konferenz am Donnerstag als „sinnlos“, ohne Russland sei jede Suche nach einer Lösung „absurd“.
Moskaus Außenamtssprecherin Maria Sacharowa lobte Petros Entscheidung als „Ausdruck gesunden Menschenverstands“.

Im Münsterland wird die Debatte aufmerksam verfolgt.
„Viele Kolumbianer hier haben Freunde, die als Freiwillige in der Ukraine kämpfen“, sagte Ana María Restrepo vom Verein kolumbianischer Familien im Kreis Steinfurt unserer Zeitung.
Nach Schätzungen dienen derzeit mehrere Hundert Kolumbianer in der Internationalen Legion der ukrainischen Armee.
Der Verein lädt für Sonntag um 15 Uhr zu einem Gesprächsabend in das Pfarrheim St. Antonius in Rheine ein.
"""

# ---------------------------------------------------------------- b115de06 (amerika21)
DE06 = """
Petro will kolumbianische Söldner aus der Ukraine zurückholen

Bogotá. Kolumbiens Präsident Gustavo Petro hat am Dienstag angekündigt, die Anwerbung kolumbianischer Staatsbürger für ausländische Kriege gesetzlich zu verbieten.
Die Regierung werde dem Kongress noch in diesem Monat einen Gesetzentwurf zur Ratifizierung der UN-Konvention gegen Söldner von 1989 vorlegen, sagte Petro in einer Kabinettssitzung, die live im Fernsehen übertragen wurde.
„Unsere jungen Leute dürfen nicht länger das Kanonenfutter fremder Mächte sein, weder in der Ukraine noch im Sudan“, so der Präsident.

Nach Schätzungen des Verteidigungsministeriums kämpfen derzeit zwischen 300 und 1.500 Kolumbianer in der Internationalen Legion der ukrainischen Streitkräfte, viele von ihnen ehemalige Berufssoldaten, die mit bis zu 3.000 US-Dollar im Monat angeworben wurden.
Nach kolumbianischen Angaben sind seit 2022 mindestens 80 von ihnen gefallen.

Anlass für Petros Vorstoß ist der Fall des früheren Soldaten José Arón Medina Aranda.
Der 40-Jährige, der nach Angaben seiner Familie für die Ukraine gekämpft hatte, war Mitte Juli bei der Einreise nach Venezuela festgenommen und in der vergangenen Woche an Russland überstellt worden.
Die russische Ermittlungsbehörde wirft ihm vor, als Söldner an Kämpfen im Gebiet Kursk beteiligt gewesen zu sein, ihm drohen bis zu 15 Jahre Haft.

Petro forderte Moskau am Dienstag auf, dem Kolumbianer konsularischen Beistand zu gewähren und ihn als Kriegsgefangenen zu behandeln.
Zugleich kritisierte er die Regierung von Nicolás Maduro, die den Mann „ohne jedes rechtsstaatliche Verfahren“ ausgeliefert habe.
Die russische Botschaft in Bogotá erklärte, Medina Aranda werde nach russischem Recht behandelt, Söldner genössen keinen Schutz durch die Genfer Konventionen.

In Kiew wies das Außenministerium die russische Darstellung zurück.
Ausländische Freiwillige seien reguläre Angehörige der ukrainischen Streitkräfte und müssten nach dem Völkerrecht als Kriegsgefangene behandelt werden, sagte Sprecher Heorhij Tychyj am Mittwoch.
Die Ukraine sei dankbar für jeden Kolumbianer, der „für die Freiheit Europas“ kämpfe, respektiere aber die Entscheidung Bogotás.

Petros Vorstoß fällt in eine Phase hektischer Diplomatie.
Am Freitag wollen US-Präsident Donald Trump und Kremlchef Wladimir Putin in Alaska über ein Ende des Krieges verhandeln, Präsident Wolodymyr Selenskyj ist nicht eingeladen.
Petro hat den russischen Angriffskrieg wiederholt verurteilt, Waffenlieferungen aus Kolumbien aber stets abgelehnt.
Im Januar 2023 erklärte er, russische Waffen würden eher „in Kolumbien verrosten“, als dass man sie an Kiew abgebe.
"""


def doc(id, published, body, timexes, events, statements, actors, published_basis=None):
    d = dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
             statements=statements, actors=actors)
    if published_basis:
        d["published_basis"] = published_basis
    return d


DOCS = [
    doc(
        "b115de01_un_humanitaere_resolution_2022_03", "2022-03-25", DE01,
        [
            T("Donnerstag", "DATE", "2022-03-24"),
            T("Anfang März", "DATE", "2022-03", mod="START"),
            T("Mittwoch", "DATE", "2022-03-23", 0),
            T("Dienstag", "DATE", "2022-03-22"),
            T("Donnerstagmorgen", "TIME", "2022-03-24TMO", note="Mexico City local time"),
            T("täglichen", "SET", "P1D"),
            T("Freitag", "DATE", "2022-03-25"),
            T("17 Uhr", "TIME", "2022-03-25T17:00", note="Rome time (CET)"),
            T("Mittwoch", "DATE", "2022-03-23", 1),
            T("Vormittag", "TIME", "2022-03-25TMO", note="Mexico City local time"),
            T("Februar", "DATE", "2022-02"),
        ],
        [
            E("General Assembly holds Russia responsible for the humanitarian emergency in Ukraine", "ACCUSE",
              ["United Nations", "Russia"], "2022-03-24", "context", "occurred",
              "für die humanitäre Notlage in der Ukraine verantwortlich"),
            E("General Assembly adopts a resolution demanding an immediate halt to hostilities and protection of "
              "civilians", "REQUEST", ["United Nations", "Russia"], "2022-03-24", "text", "occurred",
              "140 der 193 Mitgliedstaaten"),
            E("Russia and Belarus vote against the resolution", "REJECT", ["Russia", "Belarus", "United Nations"],
              "2022-03-24", "context", "occurred", "Fünf Staaten, darunter Russland und Belarus"),
            E("Mexico and France table a humanitarian draft in the Security Council", "REQUEST",
              ["France", "United Nations"], "2022-03", "text", "occurred", "Der Text geht auf einen Entwurf zurück",
              date_mod="START"),
            E("Ukraine's ambassador thanks the sponsors of the resolution", "SUPPORT", ["Ukraine", "France"],
              "2022-03-24", "context", "occurred", "Kyslyzja dankte den Initiatoren"),
            E("Ukraine accuses Moscow of deliberately shelling residential areas, shelters and escape corridors",
              "ACCUSE", ["Ukraine", "Russia"], "2022-03-24", "context", "occurred", "Kyslyzja dankte den Initiatoren"),
            E("Russia rejects the resolution as anti-Russian", "REJECT", ["Russia", "United Nations"], "2022-03-24",
              "context", "occurred", "Nebensja nannte die Resolution"),
            E("General Assembly refuses to consider South Africa's rival draft", "REJECT", ["United Nations"],
              "2022-03-24", "context", "occurred", "Ein konkurrierender Entwurf Südafrikas"),
            E("Russia tables its own humanitarian draft in the Security Council", "REQUEST",
              ["Russia", "United Nations"], "2022-03-23", "text", "occurred", "Bereits am Mittwoch war Russland"),
            E("Security Council fails to adopt Russia's draft", "REJECT", ["United Nations", "Russia"], "2022-03-23",
              "text", "occurred", "Bereits am Mittwoch war Russland"),
            E("Guterres calls for an immediate end to the fighting", "REQUEST", ["António Guterres"], "2022-03-22",
              "text", "occurred", "nicht zu gewinnen"),
            E("López Obrador: Mexico will not join the economic sanctions against Russia", "REJECT", ["Russia"],
              "2022-03-24TMO", "text", "occurred", "den Wirtschaftssanktionen gegen Russland nicht anschließen"),
            E("Pope Francis again calls for an end to the fighting", "REQUEST", ["Vatican"], "2022-03-23", "text",
              "occurred", "Papst Franziskus, der am Freitag",
              note="the consecration planned for Friday 17:00 is a religious act and not annotated as an event"),
        ],
        [
            S("Ukraine", "Kyslytsya thanks the sponsors and accuses Moscow of shelling homes, shelters and corridors",
              "2022-03-24", "context", "Kyslyzja dankte den Initiatoren"),
            S("Russia", "Nebenzia calls the resolution anti-Russian and politically motivated", "2022-03-24", "context",
              "Nebensja nannte die Resolution"),
            S("António Guterres", "The war cannot be won; the fighting must end immediately", "2022-03-22", "text",
              "nicht zu gewinnen"),
            S("Vatican", "Pope Francis calls again for an end to the cruel fighting", "2022-03-23", "text",
              "Papst Franziskus, der am Freitag"),
        ],
        ["United Nations", "Russia", "Ukraine", "Belarus", "China", "France", "António Guterres", "Vatican"],
    ),
    doc(
        "b115de02_nicaragua_russische_truppen_2022_06", "2022-06-10", DE02,
        [
            T("Dienstag", "DATE", "2022-06-07"),
            T("der zweiten Jahreshälfte", "DATE", "2022-H2"),
            T("1. Juli", "DATE", "2022-07-01"),
            T("31. Dezember", "DATE", "2022-12-31"),
            T("Jahren", "DURATION", "PXY"),
            T("halbjährlich", "SET", "P6M"),
            T("Februar", "DATE", "2022-02", 0),
            T("Mittwoch", "DATE", "2022-06-08", 0),
            T("Mai", "DATE", "2022-05"),
            T("Donnerstag", "DATE", "2022-06-09"),
            T("Mittwoch", "DATE", "2022-06-08", 1),
            T("vergangene Woche", "DATE", "2022-W22"),
            T("vergangenen Jahr", "DATE", "2021"),
            T("Februar", "DATE", "2022-02", 1),
        ],
        [
            E("Nicaragua's National Assembly approves Ortega's decree allowing Russian troops, ships and aircraft in",
              "COOPERATE", ["Russia"], "2022-06-07", "text", "occurred", "Die Nationalversammlung Nicaraguas"),
            E("Russian troops may be deployed to Nicaragua from 1 July to 31 December", "MOBILIZE", ["Russia"],
              "2022-07-01", "text", "uncertain", "Die Genehmigung gilt vom 1. Juli"),
            E("Russia's invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "Neu ist der Zusammenhang"),
            E("Ortega sides with Moscow since the invasion", "SUPPORT", ["Russia"], "2022-02", "text", "occurred",
              "Neu ist der Zusammenhang", date_mod="START"),
            E("US State Department warns that a Russian military presence in the region would be unacceptable",
              "REQUEST", ["United States", "Russia"], "2022-06-08", "context", "occurred",
              "sagte Sprecher Ned Price"),
            E("Rubio calls for new sanctions against the Ortega government", "REQUEST", ["Marco Rubio"], "2022-06-10",
              "published", "occurred", "Der republikanische Senator Marco Rubio"),
            E("Zakharova calls the outrage in Washington hypocritical", "ACCUSE", ["Maria Zakharova", "United States"],
              "2022-06-09", "text", "occurred", "Außenamtssprecherin Maria Sacharowa sagte am Donnerstag"),
            E("López Obrador stays away from the Summit of the Americas", "CONSULT", ["Joe Biden"], "2022-06-08",
              "context", "cancelled", "blieb dem Treffen aus Protest"),
            E("Summit of the Americas opens in Los Angeles", "CONSULT", ["Joe Biden", "United States"], "2022-06-08",
              "text", "occurred", "Biden warb am Mittwoch"),
            E("Biden calls for a common front against Russia's war", "REQUEST", ["Joe Biden", "Russia"], "2022-06-08",
              "text", "occurred", "Biden warb am Mittwoch"),
            E("Biden blames Russia's war for rising food and energy prices", "ACCUSE", ["Joe Biden", "Russia"],
              "2022-06-08", "text", "occurred", "Biden warb am Mittwoch"),
            E("Ortega mocks the summit as a meeting of colonial masters", "ACCUSE", ["United States"], "2022-W22",
              "text", "occurred", "Treffen der Kolonialherren"),
            E("Kyiv criticises Managua for welcoming Russia's recognition of the 'people's republics'", "ACCUSE",
              ["Ukraine"], "2022-02", "text", "occurred", "Kiew hatte schon im Februar"),
            E("Managua welcomed Russia's recognition of the 'people's republics' in Donbas", "SUPPORT", ["Russia"],
              "2022-02", "context", "occurred", "Kiew hatte schon im Februar", note="recognition of 21 February 2022"),
        ],
        [
            S("United States", "Price: Washington watches Nicaragua's cooperation with Russia closely; a Russian "
              "military presence would be unacceptable", "2022-06-08", "context", "sagte Sprecher Ned Price"),
            S("Marco Rubio", "Calls for new sanctions against the Ortega-Murillo dictatorship", "2022-06-10",
              "published", "Der republikanische Senator Marco Rubio"),
            S("Russia", "Embassy: a routine measure directed against no one", "2022-06-10", "published",
              "Routinemaßnahme"),
            S("Maria Zakharova", "The outrage in Washington is hypocritical, given US bases across Latin America",
              "2022-06-09", "text", "Außenamtssprecherin Maria Sacharowa sagte am Donnerstag"),
            S("Joe Biden", "Calls for a common front against Russia's war, which drives up food and energy prices",
              "2022-06-08", "text", "Biden warb am Mittwoch"),
            S("Ukraine", "Criticised Managua for welcoming Russia's recognition of the 'people's republics'",
              "2022-02", "text", "Kiew hatte schon im Februar"),
        ],
        ["Russia", "Ukraine", "United States", "Marco Rubio", "Maria Zakharova", "Joe Biden"],
    ),
    doc(
        "b115de03_lula_biden_washington_2023_02", "2023-02-11", DE03,
        [
            T("Freitag", "DATE", "2023-02-10"),
            T("gut eine Stunde", "DURATION", "PT1H", mod="MORE_THAN"),
            T("Freitagabend", "TIME", "2023-02-10TEV", note="US Eastern time"),
            T("Ende März", "DATE", "2023-03", mod="END"),
            T("Ende Januar", "DATE", "2023-01", mod="END"),
            T("Samstag", "DATE", "2023-02-11"),
            T("der vergangenen Woche", "DATE", "2023-W05"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("diesem Jahr", "DATE", "2023"),
        ],
        [
            E("Joint statement deplores Russia's violation of Ukraine's territorial integrity", "ACCUSE",
              ["Joe Biden", "Russia"], "2023-02-10", "context", "occurred", "in einer gemeinsamen Erklärung"),
            E("Lula and Biden meet at the White House", "CONSULT", ["Joe Biden"], "2023-02-10", "text", "occurred",
              "Beide forderten nach ihrem Treffen"),
            E("Lula and Biden call for a just and lasting peace", "REQUEST", ["Joe Biden", "Russia"], "2023-02-10",
              "text", "occurred", "Beide forderten nach ihrem Treffen"),
            E("Lula promotes a club of neutral states to mediate between Moscow and Kyiv", "REQUEST",
              ["Russia", "Ukraine"], "2023-02-10", "context", "occurred", "Lula warb in Washington erneut"),
            E("Lula's visit to Beijing planned for the end of March", "CONSULT", ["China"], "2023-03", "text",
              "planned", "Er wolle das Thema bei seinem Besuch in Peking", date_mod="END",
              note="the visit was postponed to April 2023"),
            E("White House welcomes any initiative backed by Zelensky", "SUPPORT", ["White House"], "2023-02-11",
              "published", "occurred", "Biden äußerte sich öffentlich nicht"),
            E("Lula: Brazil will supply neither ammunition nor weapons to Ukraine", "REJECT", ["Ukraine"],
              "2023-02-10", "context", "occurred", "weder Munition noch Waffen"),
            E("Scholz asks Brazil for ammunition for Ukraine", "REQUEST", ["Olaf Scholz"], "2023-01", "text",
              "occurred", "Ein entsprechendes Ersuchen von Bundeskanzler Olaf Scholz", date_mod="END"),
            E("Lula refuses Scholz's request", "REJECT", ["Olaf Scholz"], "2023-01", "text", "occurred",
              "Ein entsprechendes Ersuchen von Bundeskanzler Olaf Scholz", date_mod="END"),
            E("Scholz visits Brasília", "CONSULT", ["Olaf Scholz"], "2023-01", "text", "occurred",
              "Ein entsprechendes Ersuchen von Bundeskanzler Olaf Scholz", date_mod="END",
              note="visit of 30 January 2023"),
            E("Lula says Russia made a 'classic mistake' by invading", "ACCUSE", ["Russia"], "2023-01", "context",
              "occurred", "klassischen Fehler", date_mod="END"),
            E("Podolyak: a club of mediators is useless while Russia will not withdraw", "REJECT", ["Ukraine"],
              "2023-02-11", "text", "occurred", "Präsidentenberater Mychajlo Podoljak"),
            E("Podolyak demands Russia's withdrawal as a condition", "REQUEST", ["Ukraine", "Russia"], "2023-02-11",
              "text", "occurred", "Präsidentenberater Mychajlo Podoljak"),
            E("Kuleba invites Brazil to join Ukraine's peace formula", "REQUEST", ["Ukraine"], "2023-W05", "text",
              "occurred", "Außenminister Dmytro Kuleba hatte Brasília"),
            E("Peskov appreciates Brazil's interest in a solution", "SUPPORT", ["Dmitry Peskov"], "2023-02-11",
              "published", "occurred", "man schätze das Interesse Brasiliens"),
            E("Peskov sees no basis for negotiations with Kyiv", "REJECT", ["Dmitry Peskov", "Ukraine"], "PRESENT_REF",
              "vague", "occurred", "man schätze das Interesse Brasiliens"),
            E("Biden announces a US contribution to the Amazon Fund", "AGREE", ["Joe Biden"], "2023-02-10",
              "context", "occurred", "Amazonien-Fonds"),
            E("EU–Mercosur trade agreement hoped to be signed this year", "AGREE", ["European Union"], "2023", "text",
              "uncertain", "Mercosur"),
        ],
        [
            S("Joe Biden", "Joint statement with Lula deplores Russia's violation of Ukraine's territorial integrity",
              "2023-02-10", "context", "in einer gemeinsamen Erklärung"),
            S("White House", "Washington welcomes any initiative that Zelensky supports", "2023-02-11", "published",
              "Biden äußerte sich öffentlich nicht"),
            S("Ukraine", "Podolyak: a club of mediators is useless as long as Russia will not withdraw its troops",
              "2023-02-11", "text", "Präsidentenberater Mychajlo Podoljak"),
            S("Dmitry Peskov", "Appreciates Brazil's interest but sees no basis for negotiations with Kyiv",
              "2023-02-11", "published", "man schätze das Interesse Brasiliens"),
        ],
        ["Joe Biden", "United States", "White House", "Russia", "Ukraine", "China", "Volodymyr Zelensky",
         "Olaf Scholz", "Germany", "Kremlin", "Dmitry Peskov", "European Union"],
    ),
    doc(
        "b115de04_mexiko_militaerparade_russland_2023_09", "2023-09-19", DE04,
        [
            T("Samstag", "DATE", "2023-09-16"),
            T("Samstagabend", "TIME", "2023-09-16TEV", note="Mexico City local time"),
            T("Sonntag", "DATE", "2023-09-17"),
            T("Montagmorgen", "TIME", "2023-09-18TMO", note="Mexico City local time"),
            T("Frühjahr", "DATE", "2023-SP"),
            T("vergangenen Jahr", "DATE", "2022"),
            T("kommenden Jahr", "DATE", "2024"),
        ],
        [
            E("Russian troops march in Mexico's Independence Day parade", "COOPERATE", ["Russia"], "2023-09-16",
              "text", "occurred", "Bei der Militärparade zum Unabhängigkeitstag"),
            E("Ukraine's embassy criticises the participation of Russian soldiers", "ACCUSE", ["Ukraine", "Russia"],
              "2023-09-16TEV", "text", "occurred", "reagierte noch am Samstagabend"),
            E("Nikolenko: the Russian soldiers have blood on their hands", "ACCUSE", ["Ukraine", "Russia"],
              "2023-09-17", "text", "occurred", "Blut an den Händen"),
            E("Kyiv calls on Mexico to distance itself from Moscow", "REQUEST", ["Ukraine", "Russia"], "2023-09-17",
              "text", "occurred", "Blut an den Händen"),
            E("López Obrador rejects Kyiv's criticism", "REJECT", ["Ukraine"], "2023-09-18TMO", "text", "occurred",
              "wies die Kritik in seiner Pressekonferenz"),
            E("Mexico invited the armed forces of all countries it has relations with", "REQUEST", ["Russia", "China"],
              "2023-SP", "text", "occurred", "Mexiko habe die Streitkräfte aller Länder eingeladen"),
            E("López Obrador's proposal of last year for an international truce commission", "REQUEST",
              ["Russia", "Ukraine"], "2022", "text", "occurred", "pazifistisches Land"),
            E("Russian embassy thanks Mexico for the warm welcome", "SUPPORT", ["Russia"], "2023-09-19", "published",
              "occurred", "herzliche Aufnahme"),
            E("Ukrainian soldiers might be invited next year", "REQUEST", ["Ukraine"], "2024", "text", "uncertain",
              "auch ukrainische Soldaten eingeladen"),
        ],
        [
            S("Ukraine", "Embassy: regrettable that soldiers of a country committing war crimes join a celebration "
              "of freedom", "2023-09-16TEV", "context", "hieß es in einer Mitteilung"),
            S("Ukraine", "Nikolenko: the Russian soldiers have blood on their hands; Mexico must distance itself from "
              "Moscow", "2023-09-17", "text", "Blut an den Händen"),
            S("Russia", "Embassy thanks Mexico for the warm welcome", "2023-09-19", "published", "herzliche Aufnahme"),
            S("United States", "Embassy spokesman: relations with Mexico are close and multifaceted", "2023-09-19",
              "published", "eng und vielschichtig"),
        ],
        ["Russia", "Ukraine", "China", "United States", "United Nations"],
    ),
    doc(
        "b115de05_petro_buergenstock_absage_2024_06", "2024-06-14", DE05,
        [
            T("der Nacht zum Freitag", "TIME", "2024-06-13TNI", note="night of 13 to 14 June"),
            T("Ende Mai", "DATE", "2024-05", mod="END"),
            T("Samstag", "DATE", "2024-06-15"),
            T("Sonntag", "DATE", "2024-06-16", 0),
            T("Mai", "DATE", "2024-05", 1),
            T("Freitag", "DATE", "2024-06-14", 1),
            T("Donnerstag", "DATE", "2024-06-13", 0),
            T("zehn Jahre", "DURATION", "P10Y"),
            T("Donnerstag", "DATE", "2024-06-13", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Sonntag", "DATE", "2024-06-16", 1),
            T("15 Uhr", "TIME", "2024-06-16T15:00", note="local time (CEST)"),
        ],
        [
            E("Petro will not attend the Bürgenstock peace conference", "CONSULT", ["Ukraine"], "2024-06-15",
              "context", "cancelled", "wird nicht an der Friedenskonferenz"),
            E("Petro had accepted the invitation at the end of May", "AGREE", ["Ukraine"], "2024-05", "text",
              "occurred", "seine Teilnahme noch Ende Mai zugesagt", date_mod="END"),
            E("Peace conference on the Bürgenstock with about 90 states and organisations", "CONSULT", ["Ukraine"],
              "2024-06-15", "text", "planned", "Vertreter von rund 90 Staaten"),
            E("China stays away from the conference", "CONSULT", ["China"], "2024-06-15", "context", "cancelled",
              "Absage Chinas"),
            E("Petro: no peace without both warring parties at the table", "REQUEST", ["Russia", "Ukraine"],
              "2024-06-13TNI", "context", "occurred", "Ohne beide Kriegsparteien am Tisch"),
            E("Zelensky–Petro phone call in May", "CONSULT", ["Volodymyr Zelensky"], "2024-05", "text", "occurred",
              "Präsident Wolodymyr Selenskyj hatte Petro im Mai"),
            E("Zelensky invites Petro to the conference", "REQUEST", ["Volodymyr Zelensky"], "2024-05", "text",
              "occurred", "Präsident Wolodymyr Selenskyj hatte Petro im Mai"),
            E("Kyiv: whoever equates aggressor and victim only helps Moscow", "ACCUSE", ["Ukraine"], "2024-06-14",
              "text", "occurred", "Das Außenministerium in Kiew erklärte am Freitag"),
            E("Mexico stays away from the conference", "CONSULT", ["Ukraine"], "2024-06-15", "context", "cancelled",
              "Mexiko bleibt dem Treffen fern"),
            E("Zelensky and Biden sign a ten-year security agreement at the G7 summit", "AGREE",
              ["Volodymyr Zelensky", "Joe Biden"], "2024-06-13", "text", "occurred", "Sicherheitsabkommen"),
            E("Zelensky to talk with Milei and Boric on the sidelines of the conference", "CONSULT",
              ["Volodymyr Zelensky"], "2024-06-15", "context", "planned", "Sicherheitsabkommen"),
            E("Peskov calls the conference pointless", "REJECT", ["Dmitry Peskov"], "2024-06-13", "text", "occurred",
              "Kremlsprecher Dmitri Peskow bezeichnete"),
            E("Zakharova praises Petro's decision", "SUPPORT", ["Maria Zakharova"], "2024-06-14", "published",
              "occurred", "gesunden Menschenverstands"),
            E("Several hundred Colombians serve in Ukraine's International Legion", "MOBILIZE", ["Ukraine"],
              "PRESENT_REF", "vague", "occurred", "mehrere Hundert Kolumbianer"),
        ],
        [
            S("Volodymyr Zelensky", "Called Petro an important voice of the Global South", "2024-05", "context",
              "Präsident Wolodymyr Selenskyj hatte Petro im Mai"),
            S("Ukraine", "Foreign ministry: the door stays open, but equating aggressor and victim only helps Moscow",
              "2024-06-14", "text", "Das Außenministerium in Kiew erklärte am Freitag"),
            S("Dmitry Peskov", "The conference is pointless; any search for a solution without Russia is absurd",
              "2024-06-13", "text", "Kremlsprecher Dmitri Peskow bezeichnete"),
            S("Maria Zakharova", "Petro's decision is an expression of common sense", "2024-06-14", "published",
              "gesunden Menschenverstands"),
        ],
        ["Ukraine", "Russia", "China", "Volodymyr Zelensky", "Joe Biden", "United States", "Kremlin",
         "Dmitry Peskov", "Maria Zakharova"],
    ),
    doc(
        "b115de06_petro_kolumbianische_soeldner_2025_08", "2025-08-13", DE06,
        [
            T("Dienstag", "DATE", "2025-08-12", 0),
            T("diesem Monat", "DATE", "2025-08"),
            T("1989", "DATE", "1989"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Monat", "SET", "P1M", 1),
            T("2022", "DATE", "2022"),
            T("Mitte Juli", "DATE", "2025-07", mod="MID"),
            T("der vergangenen Woche", "DATE", "2025-W32"),
            T("15 Jahre", "DURATION", "P15Y"),
            T("Dienstag", "DATE", "2025-08-12", 1),
            T("Mittwoch", "DATE", "2025-08-13"),
            T("Freitag", "DATE", "2025-08-15"),
            T("Januar 2023", "DATE", "2023-01"),
        ],
        [
            E("Colombia to submit a bill ratifying the UN convention against mercenaries this month", "AGREE",
              ["United Nations"], "2025-08", "text", "planned", "UN-Konvention gegen Söldner"),
            E("Colombians fight in the International Legion of Ukraine's armed forces", "MOBILIZE", ["Ukraine"],
              "PRESENT_REF", "vague", "occurred", "zwischen 300 und 1.500 Kolumbianer"),
            E("Venezuela hands a Colombian who fought for Ukraine over to Russia", "COOPERATE", ["Russia"],
              "2025-W32", "text", "occurred", "an Russland überstellt"),
            E("Russian investigators accuse him of fighting as a mercenary in Kursk", "ACCUSE", ["Russia"],
              "2025-08-13", "published", "occurred", "Die russische Ermittlungsbehörde"),
            E("Petro demands consular access and prisoner-of-war status from Moscow", "REQUEST", ["Russia"],
              "2025-08-12", "text", "occurred", "Petro forderte Moskau am Dienstag auf"),
            E("Russian embassy: mercenaries are not protected by the Geneva Conventions", "REJECT", ["Russia"],
              "2025-08-13", "published", "occurred", "Die russische Botschaft in Bogotá"),
            E("Kyiv rejects the Russian account", "REJECT", ["Ukraine", "Russia"], "2025-08-13", "context",
              "occurred", "In Kiew wies das Außenministerium"),
            E("Kyiv demands that foreign volunteers be treated as prisoners of war", "REQUEST", ["Ukraine", "Russia"],
              "2025-08-13", "text", "occurred", "sagte Sprecher Heorhij Tychyj am Mittwoch"),
            E("Kyiv thanks Colombian volunteers and respects Bogotá's decision", "SUPPORT", ["Ukraine"],
              "2025-08-13", "context", "occurred", "Die Ukraine sei dankbar"),
            E("Trump and Putin to meet in Alaska on Friday", "CONSULT", ["Donald Trump", "Vladimir Putin"],
              "2025-08-15", "text", "planned", "in Alaska über ein Ende des Krieges"),
            E("Petro: Russian weapons would rather rust in Colombia than go to Kyiv", "REJECT", ["Ukraine"],
              "2023-01", "text", "occurred", "Im Januar 2023 erklärte er"),
        ],
        [
            S("Russia", "Embassy: Medina Aranda is treated under Russian law; mercenaries enjoy no Geneva protection",
              "2025-08-13", "published", "Die russische Botschaft in Bogotá"),
            S("Ukraine", "Tykhyi: foreign volunteers are regular soldiers and must be treated as prisoners of war",
              "2025-08-13", "text", "sagte Sprecher Heorhij Tychyj am Mittwoch"),
            S("Ukraine", "Grateful to every Colombian fighting for Europe's freedom, respects Bogotá's decision",
              "2025-08-13", "context", "Die Ukraine sei dankbar"),
        ],
        ["United Nations", "Ukraine", "Russia", "United States", "Donald Trump", "Kremlin", "Vladimir Putin",
         "Volodymyr Zelensky"],
    ),
]
