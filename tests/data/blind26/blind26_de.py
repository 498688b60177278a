"""German articles of the blind26 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b26de01 (epd)
DE01 = """
UN-Vollversammlung verlangt Russlands sofortigen Rückzug aus der Ukraine

New York/Genf (epd). Die UN-Vollversammlung hat Russland mit überwältigender Mehrheit aufgefordert, seine Truppen unverzüglich und bedingungslos aus der Ukraine abzuziehen.
Für die Resolution stimmten am Mittwoch in New York 141 der 193 Mitgliedstaaten, fünf Staaten, darunter Russland und Belarus, votierten dagegen, 35 enthielten sich, unter ihnen China.
Die Entschließung ist rechtlich nicht bindend, gilt aber als deutliches Zeichen der Isolation Moskaus, das seit dem 24. Februar Krieg gegen das Nachbarland führt.

UN-Generalsekretär António Guterres sagte nach der Abstimmung, die Botschaft der Vollversammlung sei laut und klar: Die Kämpfe in der Ukraine müssten jetzt enden.
Der ukrainische UN-Botschafter Serhij Kyslyzja warf Moskau vor, in seinem Land Kriegsverbrechen zu begehen.
Der russische Botschafter Wassili Nebensja erklärte dagegen, die Resolution werde den Frieden nicht näherbringen, sondern die Kämpfe nur verlängern.

Die Dringlichkeitssitzung der Vollversammlung, die erste seit 1997, war am Montag eröffnet worden, nachdem Russland am vergangenen Freitag im Sicherheitsrat eine ähnliche Resolution mit seinem Veto blockiert hatte.
Bundesaußenministerin Annalena Baerbock appellierte am Dienstag vor den Delegierten an die russische Führung: „Sie können heute diesen Krieg beenden.“
Bereits am Montag hatten die USA zwölf Mitglieder der russischen UN-Vertretung wegen Spionageverdachts ausgewiesen, was Nebensja als groben Verstoß gegen das Amtssitzabkommen bezeichnete.

In Genf verließen am Dienstag mehr als hundert Diplomatinnen und Diplomaten den Saal des UN-Menschenrechtsrats, als der russische Außenminister Sergej Lawrow per Video zu sprechen begann.
Angeführt wurde der Auszug von der ukrainischen Botschafterin Jewhenija Filipenko.
Lawrow warf in seiner Rede der EU und den USA vor, die Ukraine mit Waffen vollzupumpen, und rechtfertigte den Einmarsch als Schutz der Bevölkerung im Donbass.
Er hatte seine Reise nach Genf abgesagt, nachdem die EU-Staaten am Sonntag ihren Luftraum für russische Flugzeuge gesperrt hatten; das Außenministerium in Moskau sprach von einer „beispiellosen Blockade“.

Auf Antrag Kiews, der am Montag eingereicht worden war, berät der Menschenrechtsrat am Donnerstag in einer Dringlichkeitsdebatte über die Lage in der Ukraine.
Die Vereinten Nationen starteten zudem am Dienstag einen Nothilfeappell über 1,7 Milliarden US-Dollar für die Ukraine und ihre Nachbarländer.
Nach Angaben des UN-Flüchtlingshilfswerks sind bereits mehr als 870.000 Menschen aus der Ukraine geflohen.

Papst Franziskus rief bei der Generalaudienz am Aschermittwoch erneut dazu auf, die Waffen schweigen zu lassen.
Der Ökumenische Rat der Kirchen in Genf appellierte an das Moskauer Patriarchat, sich für ein Ende der Kämpfe einzusetzen.
Unterdessen wollen Unterhändler Russlands und der Ukraine nach Angaben aus Kiew am Donnerstag im Grenzgebiet zu Belarus zu einer zweiten Gesprächsrunde zusammenkommen.
Ein erstes Treffen am Montag nahe Gomel war ohne greifbares Ergebnis geblieben.
"""

# ---------------------------------------------------------------- b26de02 (Sächsische Zeitung)
DE02 = """
Putin bietet Erdoğan ein Gas-Drehkreuz an – und sieht keinen Grund für ein Treffen mit Biden

Astana/Dresden. Kremlchef Wladimir Putin will die Türkei zum Umschlagplatz für russisches Gas nach Europa machen.
Bei einem Treffen mit dem türkischen Präsidenten Recep Tayyip Erdoğan am Donnerstag am Rande eines Gipfels in der kasachischen Hauptstadt Astana schlug er vor, dort einen „Gas-Hub“ zu errichten, über den die Mengen geleitet werden könnten, die nach den Explosionen an den Ostseepipelines Nord Stream 1 und 2 nicht mehr fließen.
Erdoğan habe sich offen gezeigt, hieß es anschließend aus dem Kreml.
Es war das dritte Treffen der beiden seit Juli; zuletzt hatten sie im September in Samarkand miteinander gesprochen.

Der türkische Staatschef nutzte die rund einstündige Unterredung nach Angaben aus Ankara auch, um für eine Verlängerung des Getreideabkommens zu werben, das am 19. November ausläuft.
Zudem bot er erneut an, Verhandlungen zwischen Moskau und Kiew in Istanbul auszurichten, und regte einen größeren Gefangenenaustausch an.
Erdoğan kündigte an, in den kommenden Tagen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj zu telefonieren.

Putin selbst sagte am Freitag zum Abschluss seines Besuchs in Astana, weitere massive Angriffe auf die Ukraine seien „vorerst“ nicht nötig.
Am Montag hatte Russland als Vergeltung für die Explosion auf der Krim-Brücke mehr als 80 Raketen auf ukrainische Städte abgefeuert.
Die Teilmobilmachung werde in etwa zwei Wochen abgeschlossen sein, neue Einberufungen seien nicht geplant, sagte Putin.
Russland sei offen für Verhandlungen, doch müsse Kiew den ersten Schritt tun.
Ein Treffen mit US-Präsident Joe Biden beim G20-Gipfel auf Bali sehe er nicht, dafür gebe es „keine Plattform“.
Ob er selbst im November nach Bali reise, sei noch nicht entschieden.

Kremlsprecher Dmitri Peskow hatte zuvor erklärt, ein Gipfeltreffen mit Biden stehe nicht auf der Tagesordnung.
Im Weißen Haus hieß es, Biden habe nicht die Absicht, mit Putin zusammenzutreffen, solange dieser seinen Krieg fortsetze.
Selenskyj hatte Anfang Oktober per Dekret Verhandlungen mit Putin für unmöglich erklärt.
Am Dienstag bat er die Staats- und Regierungschefs der G7, darunter Bundeskanzler Olaf Scholz und Biden, in einer Videoschalte um zusätzliche Luftabwehr.

In Berlin stieß Putins Angebot an Ankara auf Skepsis.
Ein Sprecher des Wirtschaftsministeriums sagte, Deutschland werde sich nicht erneut von russischem Gas abhängig machen, ganz gleich, über welche Route es komme.
Auch in Sachsen wird die Entwicklung genau verfolgt: Für den Leipziger Gasimporteur VNG, der bis zum Frühjahr einen Großteil seines Gases aus Russland bezog, hatte der Bund erst im September ein Rettungspaket geschnürt.
"""

# ---------------------------------------------------------------- b26de03 (Kölner Stadt-Anzeiger)
DE03 = """
Rubio droht mit dem Ausstieg der USA aus den Vermittlungen

Paris. Nach einem Verhandlungsmarathon in Paris haben die USA den Druck auf Russland und die Ukraine erhöht.
US-Außenminister Marco Rubio sagte am Freitag vor seinem Abflug am Flughafen Le Bourget, Washington müsse „innerhalb weniger Tage“ entscheiden, ob ein Frieden kurzfristig machbar sei.
Falls nicht, werde Präsident Donald Trump sich anderen Dingen zuwenden.
„Wir werden das nicht endlos fortsetzen“, sagte Rubio.

Am Donnerstag hatten Rubio und der Sondergesandte Steve Witkoff im Élysée-Palast stundenlang mit Präsident Emmanuel Macron sowie mit Vertretern der Ukraine, Großbritanniens und Deutschlands beraten.
Für Kiew saßen Präsidialamtschef Andrij Jermak, Außenminister Andrij Sybiha und Verteidigungsminister Rustem Umjerow am Tisch, Deutschland vertrat der außenpolitische Berater des Kanzlers, Jens Plötner.
Die amerikanische Seite legte nach Angaben aus Delegationskreisen einen Rahmen für einen Waffenstillstand vor, über den in der kommenden Woche in London weiter verhandelt werden soll.
Witkoff traf Macron zudem zu einem Mittagessen, bei dem es nach Angaben des Élysée auch um den Nahen Osten ging.
Frankreichs Außenminister Jean-Noël Barrot sprach von einer „positiven Annäherung“.

Rubio telefonierte noch am Donnerstagabend mit dem russischen Außenminister Sergej Lawrow, um ihn über die Pariser Gespräche zu unterrichten.
Nach Angaben des russischen Außenministeriums betonte Lawrow, jede Lösung müsse die „Ursachen des Konflikts“ beseitigen.
Kremlsprecher Dmitri Peskow sagte am Freitag, es gebe zwar gewisse Fortschritte bei der Normalisierung der Beziehungen zu Washington, die Kontakte seien aber „schwierig“.
Das im März zwischen Trump und Putin vereinbarte 30-tägige Moratorium für Angriffe auf Energieanlagen sei ausgelaufen, neue Anweisungen habe der Präsident nicht gegeben, sagte Peskow.
Witkoff war erst vor einer Woche in St. Petersburg mit Kremlchef Wladimir Putin zusammengetroffen.

Trump sagte am Donnerstag im Weißen Haus, er erwarte „diese Woche“ eine Antwort aus Moskau.
Sollte eine der beiden Seiten die Gespräche sehr schwer machen, „dann steigen wir aus“, fügte er am Freitag hinzu.
Kiew und Washington unterzeichneten am Donnerstag zudem eine Absichtserklärung über ein Rohstoffabkommen, das bis Ende April fertig werden soll.
Präsident Wolodymyr Selenskyj sprach am Abend von einem „guten Schritt“.
Berichte, wonach die USA bereit sein könnten, die Krim als russisches Gebiet anzuerkennen, wies Kiew dagegen entschieden zurück.

In der Nacht zum Freitag griff Russland die Stadt Charkiw mit ballistischen Raketen an, nach Behördenangaben wurde ein Mensch getötet.
Die Pariser Runde war die erste dieser Art seit dem Eklat im Oval Office Ende Februar, nach dem Washington die Militärhilfe für Kiew vorübergehend ausgesetzt hatte.
"""

# ---------------------------------------------------------------- b26de04 (Augsburger Allgemeine, live blog)
DE04 = """
Ukraine-Krieg im Liveblog: Merz und Tusk in Kiew – Selenskyj fordert Waffenruhe über den Winter

20.40 Uhr: Der ukrainische Präsident Wolodymyr Selenskyj hat am Abend mit US-Präsident Donald Trump telefoniert.
Trump habe ihm zum Unabhängigkeitstag gratuliert und zugesagt, die Lieferung von Patriot-Raketen über das Nato-Programm PURL fortzusetzen, schrieb Selenskyj auf X.
Man habe auch über das Treffen der Unterhändler der USA, Russlands und der Ukraine in Genf in der kommenden Woche gesprochen.

19.15 Uhr: Der Kreml hat Selenskyjs Forderung nach einer Waffenruhe über den Winter zurückgewiesen.
Eine Feuerpause würde Kiew nur helfen, sich neu zu bewaffnen, sagte Kremlsprecher Dmitri Peskow der Agentur Interfax.
Ein Treffen zwischen Präsident Wladimir Putin und Selenskyj sei nur in Moskau denkbar.

17.30 Uhr: Bundeskanzler Friedrich Merz hat in Kiew ein weiteres Luftverteidigungspaket im Wert von 1,9 Milliarden Euro angekündigt.
Deutschland werde bis Jahresende zwei zusätzliche Iris-T-Systeme liefern, sagte Merz nach einem Gespräch mit Selenskyj und dem polnischen Regierungschef Donald Tusk.
Zugleich warnte der Kanzler Moskau davor, die Angriffe auf die Energieversorgung vor dem Winter erneut auszuweiten.

15.05 Uhr: Tusk kündigte bei dem gemeinsamen Auftritt an, Polen werde im Herbst ein Treffen der Außenminister der Ukraine-Unterstützer in Krakau ausrichten.
Putin sei mit seinem Versuch, Europa zu spalten, gescheitert, sagte Tusk.

13.20 Uhr: Der türkische Präsident Recep Tayyip Erdoğan hat Selenskyj in einem Telefonat gratuliert und erneut angeboten, direkte Gespräche zwischen Kiew und Moskau in Istanbul auszurichten.
Nach Angaben seines Büros sprach Erdoğan am Sonntag auch mit Putin.

12.10 Uhr: EU-Außenbeauftragte Kaja Kallas kündigte an, die Kommission werde Anfang September ein 22. Sanktionspaket gegen Russland vorschlagen.

11.00 Uhr: Russland und die Ukraine haben nach Vermittlung Saudi-Arabiens je 120 Kriegsgefangene ausgetauscht.
Das bestätigten das russische Verteidigungsministerium und der ukrainische Koordinierungsstab für Kriegsgefangene.

9.10 Uhr: In seiner Ansprache zum 35. Jahrestag der Unabhängigkeit hat Selenskyj Russland zu einer Waffenruhe über den Winter aufgefordert.
Die Ukraine sei bereit, alle Gefangenen auszutauschen, werde aber „keinen Meter“ ihres Landes abtreten, sagte er auf dem Sophienplatz.

7.45 Uhr: Russland hat die Ukraine in der Nacht zum Montag mit mehr als 200 Drohnen und 14 Raketen angegriffen.
Besonders betroffen war nach Angaben der Behörden die westukrainische Stadt Lwiw, wo zwei Menschen getötet wurden.
Polen ließ nach eigenen Angaben vorsorglich Kampfjets aufsteigen.

7.00 Uhr: Merz und Tusk sind am Morgen mit dem Nachtzug in Kiew eingetroffen, um an den Feiern teilzunehmen und mit Selenskyj zu sprechen.
Es ist der zweite Besuch des Kanzlers in der ukrainischen Hauptstadt seit seinem Amtsantritt im Mai 2025.
"""

# ---------------------------------------------------------------- b26de05 (Keystone-SDA)
DE05 = """
OSZE-Treffen in Lugano: Lawrow und Sybiha unter einem Dach – aber ohne Gespräch

Lugano (Keystone-SDA) – Zum Abschluss des OSZE-Ministerrats in Lugano hat Bundesrat Ignazio Cassis am Freitag an Russland und die Ukraine appelliert, die Organisation an einer künftigen Überwachung eines Waffenstillstands zu beteiligen.
«Die OSZE ist bereit, vom ersten Tag an dabei zu sein», sagte der Tessiner Aussenminister vor den Medien.

Der russische Aussenminister Sergej Lawrow, der erstmals seit Februar 2022 Schweizer Boden betrat, nannte den Vorschlag verfrüht.
Zuerst brauche es eine Lösung, welche die «Ursachen des Konflikts» beseitige, sagte er, eine Überwachung durch Soldaten aus Nato-Staaten komme «unter keinen Umständen» in Frage.
Der ukrainische Aussenminister Andrij Sybiha verliess den Saal, als Lawrow am Donnerstag seine Rede begann.
Sybiha warf Moskau in seiner eigenen Ansprache vor, die OSZE «als Bühne für Propaganda» zu missbrauchen, und forderte die Freilassung aller ukrainischen Zivilisten in russischer Haft.

Am Donnerstagabend kam Lawrow mit dem türkischen Aussenminister Hakan Fidan zusammen, der erneut Istanbul als Ort für eine neue Verhandlungsrunde anbot.
Die USA waren nur durch den stellvertretenden Aussenminister Christopher Landau vertreten, Aussenminister Marco Rubio hatte seine Teilnahme kurzfristig abgesagt.
Landau sprach am Freitagmorgen nach Angaben aus Delegationskreisen kurz mit Lawrow über den Stand der Genfer Verhandlungen.
Die Delegationen Russlands, der Ukraine und der USA sollen Mitte Dezember in Genf die nächste Runde aufnehmen.

Die EU-Aussenbeauftragte Kaja Kallas kritisierte, Russland habe eine gemeinsame Erklärung zur Sicherheit in Europa blockiert.
«Ein Land, das einen Angriffskrieg führt, kann nicht über Europas Sicherheit mitbestimmen», sagte sie.
Auch für ein Budget für 2027 fand sich kein Konsens.

In der Nacht auf Freitag griffen russische Drohnen erneut die Hafenstadt Odessa an, wie die ukrainische Militärverwaltung mitteilte.
Mindestens drei Menschen wurden verletzt.

Die Schweiz, die den OSZE-Vorsitz Ende Dezember abgibt, hatte im Februar in Moskau und Kiew für ihre Idee einer Beobachtermission geworben.
«Wir haben Brücken gebaut, wo es noch möglich war», hiess es im Departement für auswärtige Angelegenheiten in Bern.
Für die Stadt Lugano war es das grösste diplomatische Treffen seit der Ukraine-Wiederaufbaukonferenz im Jahr 2022.
Rund 1'200 Polizistinnen und Polizisten aus mehreren Kantonen standen im Einsatz.
"""

# ---------------------------------------------------------------- b26de06 (domradio.de)
DE06 = """
Friedensmission: Kardinal Zuppi wirbt in Peking für humanitäre Lösungen

Peking/Vatikanstadt. Der päpstliche Friedensbeauftragte Kardinal Matteo Zuppi hat seine dreitägige Mission in China abgeschlossen.
Der Erzbischof von Bologna traf am Donnerstag in Peking den chinesischen Sondergesandten für eurasische Angelegenheiten, Li Hui, wie der Vatikan am Freitag mitteilte.
Das Gespräch habe in einer „Atmosphäre der Offenheit und Herzlichkeit“ stattgefunden, hieß es in der Erklärung des Heiligen Stuhls.
Im Mittelpunkt hätten die humanitären Folgen des Krieges in der Ukraine gestanden, insbesondere das Schicksal der nach Russland gebrachten Kinder und der Gefangenen.
Beide Seiten hätten vereinbart, ihre Bemühungen um die Ernährungssicherheit fortzusetzen und den Dialog aufrechtzuerhalten.

Außenamtssprecher Wang Wenbin sagte am Freitag, Peking sei bereit, mit allen Seiten einschließlich des Vatikans zusammenzuarbeiten, um die Lage zu deeskalieren.
China hatte im Februar ein Positionspapier zur „politischen Lösung der Ukraine-Krise“ vorgelegt, das im Westen auf Skepsis gestoßen war.
Zuppi regte nach Angaben aus Kirchenkreisen an, die Getreideexporte über das Schwarze Meer wieder zu ermöglichen, die seit dem Ausstieg Russlands aus dem Getreideabkommen im Juli stocken.

Peking war die vierte Station des Kardinals.
Im Juni hatte Zuppi zunächst Kiew besucht, wo ihn Präsident Wolodymyr Selenskyj empfing.
Ende Juni sprach er in Moskau mit dem außenpolitischen Berater von Kremlchef Wladimir Putin, Juri Uschakow.
Im Juli empfing ihn US-Präsident Joe Biden im Weißen Haus.

Kremlsprecher Dmitri Peskow sagte, Moskau schätze die Bemühungen des Vatikans, sehe aber „derzeit keine Aussichten“ für eine politische Lösung.
In Kiew wurde die Reise zurückhaltend aufgenommen.
Präsidialamtschef Andrij Jermak betonte, Grundlage jedes Friedens bleibe die Friedensformel Selenskyjs, die den vollständigen Abzug der russischen Truppen verlangt.
Papst Franziskus hatte auf dem Rückflug aus der Mongolei Anfang September gesagt, die Mission sei keine Vermittlung im engeren Sinn, sondern diene vor allem humanitären Zielen.

Die diplomatischen Bemühungen um die Ukraine gehen in der kommenden Woche in New York weiter, wo Selenskyj vor der UN-Vollversammlung und dem Sicherheitsrat sprechen will.
Chinas Außenminister Wang Yi reist nach Angaben aus Moskau am Montag zu Gesprächen in die russische Hauptstadt.
Am Mittwoch hatte Putin im Fernen Osten den nordkoreanischen Machthaber Kim Jong Un empfangen, was im Westen Sorgen vor Waffenlieferungen an Russland auslöste.
Zuppi wollte am Freitagabend nach Rom zurückkehren und den Papst über seine Gespräche unterrichten.
"""



def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


LIVE = "live-blog time (CEST)"

DOCS = [
    doc(
        "b26de01_un_vollversammlung_rueckzug_2022_03", "2022-03-02", DE01,
        [
            T("Mittwoch", "DATE", "2022-03-02"),
            T("24. Februar", "DATE", "2022-02-24"),
            T("jetzt", "DATE", "PRESENT_REF"),
            T("1997", "DATE", "1997"),
            T("Montag", "DATE", "2022-02-28", 0),
            T("vergangenen Freitag", "DATE", "2022-02-25"),
            T("Dienstag", "DATE", "2022-03-01", 0),
            T("heute", "DATE", "2022-03-01", note="in Baerbock's quote, speech time Tuesday 1 March"),
            T("Montag", "DATE", "2022-02-28", 1),
            T("Dienstag", "DATE", "2022-03-01", 1),
            T("Sonntag", "DATE", "2022-02-27"),
            T("Montag", "DATE", "2022-02-28", 2),
            T("Donnerstag", "DATE", "2022-03-03", 0),
            T("Dienstag", "DATE", "2022-03-01", 2),
            T("Aschermittwoch", "DATE", "2022-03-02"),
            T("Donnerstag", "DATE", "2022-03-03", 1),
            T("Montag", "DATE", "2022-02-28", 3),
        ],
        [
            E("UN General Assembly demands Russia withdraw its troops from Ukraine", "REQUEST",
              ["United Nations", "Russia"], "2022-03-02", "context", "occurred",
              "mit überwältigender Mehrheit aufgefordert"),
            E("Russia and Belarus vote against the resolution", "REJECT", ["Russia", "Belarus"], "2022-03-02",
              "text", "occurred", "Für die Resolution stimmten"),
            E("Russia's war against Ukraine since 24 February", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24", "text",
              "occurred", "seit dem 24. Februar Krieg", date_mod="START"),
            E("Guterres: the fighting in Ukraine must end now", "REQUEST", ["António Guterres"], "2022-03-02",
              "context", "occurred", "die Botschaft der Vollversammlung sei laut und klar"),
            E("Ukraine's UN ambassador accuses Moscow of war crimes", "ACCUSE", ["Ukraine", "Russia"], "2022-03-02",
              "context", "occurred", "Kyslyzja warf Moskau vor"),
            E("Nebenzia rejects the resolution", "REJECT", ["Russia", "United Nations"], "2022-03-02", "context",
              "occurred", "Nebensja erklärte dagegen"),
            E("Emergency special session of the General Assembly opened", "CONSULT", ["United Nations"], "2022-02-28",
              "text", "occurred", "Die Dringlichkeitssitzung der Vollversammlung"),
            E("Russia vetoes a similar resolution in the Security Council", "REJECT", ["Russia", "United Nations"],
              "2022-02-25", "text", "occurred", "Die Dringlichkeitssitzung der Vollversammlung"),
            E("Baerbock appeals to the Russian leadership to end the war", "REQUEST", ["Germany", "Russia"],
              "2022-03-01", "text", "occurred", "Baerbock appellierte"),
            E("US expels twelve members of Russia's UN mission", "SANCTION", ["United States", "Russia"],
              "2022-02-28", "text", "occurred", "Bereits am Montag hatten die USA"),
            E("Nebenzia calls the expulsions a gross violation of the headquarters agreement", "ACCUSE",
              ["Russia", "United States"], "2022-02-28", "context", "occurred", "Bereits am Montag hatten die USA"),
            E("Diplomats led by Ukraine's ambassador walk out of Lavrov's address to the Human Rights Council",
              "REJECT", ["Ukraine", "Sergey Lavrov"], "2022-03-01", "text", "occurred",
              "In Genf verließen am Dienstag"),
            E("Lavrov accuses the EU and the US of pumping Ukraine full of weapons", "ACCUSE",
              ["Sergey Lavrov", "European Union", "United States"], "2022-03-01", "context", "occurred",
              "Lawrow warf in seiner Rede"),
            E("Lavrov's trip to Geneva cancelled", "CONSULT", ["Sergey Lavrov", "United Nations"], "2022-03-01",
              "context", "cancelled", "Er hatte seine Reise nach Genf abgesagt"),
            E("EU states close their airspace to Russian aircraft", "SANCTION", ["European Union", "Russia"],
              "2022-02-27", "text", "occurred", "Er hatte seine Reise nach Genf abgesagt"),
            E("Kyiv requests an urgent debate in the Human Rights Council", "REQUEST", ["Ukraine", "United Nations"],
              "2022-02-28", "text", "occurred", "Auf Antrag Kiews"),
            E("Human Rights Council holds an urgent debate on Ukraine", "CONSULT", ["United Nations", "Ukraine"],
              "2022-03-03", "text", "planned", "Auf Antrag Kiews"),
            E("UN launches a 1.7 billion dollar flash appeal for Ukraine", "REQUEST", ["United Nations", "Ukraine"],
              "2022-03-01", "text", "occurred", "Nothilfeappell"),
            E("Pope Francis calls again for the weapons to fall silent", "REQUEST", ["Vatican"], "2022-03-02", "text",
              "occurred", "Papst Franziskus rief"),
            E("Second round of Russia–Ukraine talks near the Belarusian border", "CONSULT", ["Russia", "Ukraine"],
              "2022-03-03", "text", "planned", "zweiten Gesprächsrunde"),
            E("First Russia–Ukraine meeting near Gomel", "CONSULT", ["Russia", "Ukraine"], "2022-02-28", "text",
              "occurred", "Ein erstes Treffen am Montag"),
        ],
        [
            S("António Guterres", "The Assembly's message is loud and clear: the fighting in Ukraine must end now",
              "2022-03-02", "context", "die Botschaft der Vollversammlung sei laut und klar"),
            S("Ukraine", "Kyslytsya accuses Moscow of committing war crimes in Ukraine", "2022-03-02", "context",
              "Kyslyzja warf Moskau vor"),
            S("Russia", "Nebenzia: the resolution will not bring peace but prolong the fighting", "2022-03-02",
              "context", "Nebensja erklärte dagegen"),
            S("Germany", "Baerbock to the Russian leadership: you can end this war today", "2022-03-01", "text",
              "Baerbock appellierte"),
            S("Russia", "Nebenzia calls the expulsions a gross violation of the headquarters agreement", "2022-02-28",
              "context", "Bereits am Montag hatten die USA"),
            S("Sergey Lavrov", "The EU and the US pump Ukraine full of weapons; the invasion protects the people of "
              "Donbas", "2022-03-01", "context", "Lawrow warf in seiner Rede"),
            S("Russia", "Foreign ministry calls the airspace closure an unprecedented blockade", "2022-03-02",
              "published", "Er hatte seine Reise nach Genf abgesagt"),
            S("United Nations", "UNHCR: more than 870,000 people have fled Ukraine", "2022-03-02", "published",
              "Flüchtlingshilfswerks"),
            S("Vatican", "Pope Francis calls for the weapons to fall silent", "2022-03-02", "text",
              "Papst Franziskus rief"),
            S("Ukraine", "Russian and Ukrainian negotiators to meet for a second round on Thursday", "2022-03-02",
              "published", "zweiten Gesprächsrunde"),
        ],
        ["United Nations", "Russia", "Belarus", "China", "Ukraine", "António Guterres", "Germany", "United States",
         "Sergey Lavrov", "European Union", "Vatican"],
    ),
    doc(
        "b26de02_putin_erdogan_astana_2022_10", "2022-10-14", DE02,
        [
            T("Donnerstag", "DATE", "2022-10-13"),
            T("Juli", "DATE", "2022-07"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("September", "DATE", "2022-09", 0),
            T("rund einstündige", "DURATION", "PT1H", mod="APPROX"),
            T("19. November", "DATE", "2022-11-19"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Freitag", "DATE", "2022-10-14"),
            T("Montag", "DATE", "2022-10-10"),
            T("etwa zwei Wochen", "DURATION", "P2W", mod="APPROX"),
            T("November", "DATE", "2022-11", 1),
            T("Anfang Oktober", "DATE", "2022-10", mod="START"),
            T("Dienstag", "DATE", "2022-10-11"),
            T("Frühjahr", "DATE", "2022-SP"),
            T("September", "DATE", "2022-09", 1),
        ],
        [
            E("Putin and Erdoğan meet on the sidelines of the Astana summit", "CONSULT",
              ["Vladimir Putin", "Recep Tayyip Erdoğan"], "2022-10-13", "text", "occurred",
              "Bei einem Treffen mit dem türkischen Präsidenten"),
            E("Putin proposes a gas hub in Turkey", "REQUEST", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
              "2022-10-13", "context", "occurred", "Bei einem Treffen mit dem türkischen Präsidenten"),
            E("Putin and Erdoğan last met in Samarkand", "CONSULT", ["Vladimir Putin", "Recep Tayyip Erdoğan"],
              "2022-09", "text", "occurred", "zuletzt hatten sie im September",
              note="SCO summit, 16 September 2022"),
            E("Erdoğan lobbies for an extension of the grain deal", "REQUEST",
              ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2022-10-13", "context", "occurred",
              "für eine Verlängerung des Getreideabkommens"),
            E("Erdoğan offers again to host Russia–Ukraine talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Russia", "Ukraine"], "2022-10-13", "context", "occurred",
              "Zudem bot er erneut an"),
            E("Erdoğan suggests a larger prisoner exchange", "REQUEST", ["Recep Tayyip Erdoğan", "Russia", "Ukraine"],
              "2022-10-13", "context", "occurred", "Zudem bot er erneut an"),
            E("Erdoğan to phone Zelensky", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "FUTURE_REF",
              "vague", "planned", "Erdoğan kündigte an"),
            E("Russia fires more than 80 missiles at Ukrainian cities", "ASSAULT", ["Russia", "Ukraine"],
              "2022-10-10", "text", "occurred", "Am Montag hatte Russland"),
            E("Putin says Russia is open to negotiations", "AGREE", ["Vladimir Putin", "Ukraine"], "2022-10-14",
              "context", "occurred", "Russland sei offen für Verhandlungen"),
            E("Putin demands that Kyiv take the first step", "REQUEST", ["Vladimir Putin", "Ukraine"], "2022-10-14",
              "context", "occurred", "Russland sei offen für Verhandlungen"),
            E("Putin sees no meeting with Biden at the G20", "REJECT", ["Vladimir Putin", "Joe Biden"], "2022-10-14",
              "context", "occurred", "Ein Treffen mit US-Präsident Joe Biden"),
            E("Putin's trip to the G20 in Bali undecided", "CONSULT", ["Vladimir Putin"], "2022-11", "text",
              "uncertain", "Ob er selbst im November nach Bali reise"),
            E("White House: Biden does not intend to meet Putin", "REJECT", ["Joe Biden", "Vladimir Putin"],
              "2022-10-14", "published", "occurred", "Im Weißen Haus hieß es"),
            E("Zelensky declares negotiations with Putin impossible by decree", "REJECT",
              ["Volodymyr Zelensky", "Vladimir Putin"], "2022-10", "text", "occurred", "per Dekret",
              date_mod="START", note="decree of 4 October 2022"),
            E("G7 video call with Zelensky", "CONSULT", ["Volodymyr Zelensky", "Olaf Scholz", "Joe Biden"],
              "2022-10-11", "text", "occurred", "Am Dienstag bat er"),
            E("Zelensky asks the G7 for more air defence", "REQUEST", ["Volodymyr Zelensky", "Olaf Scholz", "Joe Biden"],
              "2022-10-11", "text", "occurred", "Am Dienstag bat er"),
            E("Germany rejects renewed dependence on Russian gas", "REJECT", ["Germany", "Russia"], "2022-10-14",
              "published", "occurred", "Ein Sprecher des Wirtschaftsministeriums"),
        ],
        [
            S("Kremlin", "Erdoğan was open to the gas hub proposal", "2022-10-13", "context",
              "Erdoğan habe sich offen gezeigt"),
            S("Turkey", "Erdoğan used the talks to lobby for extending the grain deal", "2022-10-14", "published",
              "für eine Verlängerung des Getreideabkommens"),
            S("Recep Tayyip Erdoğan", "Will phone Zelensky in the coming days", "2022-10-14", "published",
              "Erdoğan kündigte an"),
            S("Vladimir Putin", "Further massive strikes on Ukraine are not necessary for now", "2022-10-14", "text",
              "Putin selbst sagte am Freitag"),
            S("Vladimir Putin", "Partial mobilisation will end in about two weeks; no new call-ups planned",
              "2022-10-14", "context", "Die Teilmobilmachung werde"),
            S("Vladimir Putin", "Russia is open to negotiations, but Kyiv must take the first step", "2022-10-14",
              "context", "Russland sei offen für Verhandlungen"),
            S("Vladimir Putin", "Sees no meeting with Biden at the G20, there is 'no platform'", "2022-10-14",
              "context", "Ein Treffen mit US-Präsident Joe Biden"),
            S("Vladimir Putin", "Has not yet decided whether to travel to Bali", "2022-10-14", "context",
              "Ob er selbst im November nach Bali reise"),
            S("Dmitry Peskov", "A summit with Biden is not on the agenda", "2022-10-14", "published",
              "Kremlsprecher Dmitri Peskow hatte zuvor erklärt"),
            S("Joe Biden, via White House", "Biden does not intend to meet Putin while he continues his war",
              "2022-10-14", "published", "Im Weißen Haus hieß es"),
            S("Volodymyr Zelensky", "Asks the G7 leaders for more air defence", "2022-10-11", "text",
              "Am Dienstag bat er"),
            S("Germany", "Germany will not become dependent on Russian gas again, whatever the route", "2022-10-14",
              "published", "Ein Sprecher des Wirtschaftsministeriums"),
        ],
        ["Vladimir Putin", "Kremlin", "Recep Tayyip Erdoğan", "Turkey", "Russia", "Ukraine", "Volodymyr Zelensky",
         "Dmitry Peskov", "Joe Biden", "United States", "White House", "Olaf Scholz", "Germany"],
    ),
    doc(
        "b26de03_pariser_gespraeche_rubio_2025_04", "2025-04-18", DE03,
        [
            T("Freitag", "DATE", "2025-04-18", 0),
            T("weniger Tage", "DURATION", "PXD"),
            T("Donnerstag", "DATE", "2025-04-17", 0),
            T("stundenlang", "DURATION", "PXH"),
            T("der kommenden Woche", "DATE", "2025-W17"),
            T("Donnerstagabend", "TIME", "2025-04-17TEV"),
            T("Freitag", "DATE", "2025-04-18", 1),
            T("März", "DATE", "2025-03"),
            T("30-tägige", "DURATION", "P30D"),
            T("vor einer Woche", "DATE", "2025-W15"),
            T("Donnerstag", "DATE", "2025-04-17", 1),
            T("diese Woche", "DATE", "2025-W16"),
            T("Freitag", "DATE", "2025-04-18", 2),
            T("Donnerstag", "DATE", "2025-04-17", 2),
            T("Ende April", "DATE", "2025-04", mod="END"),
            T("Abend", "TIME", "2025-04-17TEV"),
            T("der Nacht zum Freitag", "TIME", "2025-04-17TNI", note="night of 17 to 18 April"),
            T("Ende Februar", "DATE", "2025-02", mod="END"),
        ],
        [
            E("Rubio: Washington will decide within days whether peace is achievable, otherwise it will move on",
              "THREATEN", ["Marco Rubio", "Russia", "Ukraine"], "2025-04-18", "text", "occurred",
              "innerhalb weniger Tage"),
            E("Talks in Paris between the US, France, Ukraine, the UK and Germany", "CONSULT",
              ["Marco Rubio", "Steve Witkoff", "Emmanuel Macron", "Ukraine", "United Kingdom", "Germany",
               "Andriy Yermak", "Andrii Sybiha", "Rustem Umerov"], "2025-04-17", "text", "occurred",
              "Am Donnerstag hatten Rubio und der Sondergesandte"),
            E("US presents a framework for a ceasefire", "REQUEST",
              ["United States", "Ukraine", "France", "United Kingdom", "Germany"], "2025-04-17", "context",
              "occurred", "einen Rahmen für einen Waffenstillstand vor"),
            E("Follow-up talks in London next week", "CONSULT",
              ["United States", "Ukraine", "France", "United Kingdom", "Germany"], "2025-W17", "text", "planned",
              "einen Rahmen für einen Waffenstillstand vor"),
            E("Witkoff lunches with Macron", "CONSULT", ["Steve Witkoff", "Emmanuel Macron"], "2025-04-17", "context",
              "occurred", "Witkoff traf Macron zudem"),
            E("Rubio–Lavrov phone call", "CONSULT", ["Marco Rubio", "Sergey Lavrov"], "2025-04-17TEV", "text",
              "occurred", "Rubio telefonierte noch am Donnerstagabend"),
            E("Lavrov insists any solution must remove the 'root causes'", "REQUEST", ["Sergey Lavrov", "Marco Rubio"],
              "2025-04-17TEV", "context", "occurred", "betonte Lawrow"),
            E("Trump and Putin agreed a 30-day moratorium on strikes on energy facilities", "AGREE",
              ["Donald Trump", "Vladimir Putin"], "2025-03", "text", "occurred", "30-tägige Moratorium",
              note="phone call of 18 March 2025"),
            E("Witkoff met Putin in St Petersburg", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-W15", "text",
              "occurred", "Witkoff war erst vor einer Woche", note="11 April 2025"),
            E("Trump expects an answer from Moscow this week", "REQUEST", ["Donald Trump", "Russia"], "2025-04-17",
              "text", "occurred", "er erwarte „diese Woche“"),
            E("Trump threatens to pull out if a side makes talks very hard", "THREATEN",
              ["Donald Trump", "Russia", "Ukraine"], "2025-04-18", "text", "occurred", "dann steigen wir aus"),
            E("Ukraine and the US sign a memorandum of intent on a minerals deal", "AGREE", ["Ukraine", "United States"],
              "2025-04-17", "text", "occurred", "unterzeichneten am Donnerstag zudem eine Absichtserklärung"),
            E("Minerals deal to be finalised by the end of April", "AGREE", ["Ukraine", "United States"], "2025-04",
              "text", "planned", "unterzeichneten am Donnerstag zudem eine Absichtserklärung", date_mod="END"),
            E("Kyiv rejects any US recognition of Crimea as Russian", "REJECT", ["Ukraine", "United States"],
              "2025-04-18", "published", "occurred", "wies Kiew dagegen entschieden zurück"),
            E("Russian ballistic missile strike on Kharkiv", "ASSAULT", ["Russia", "Ukraine"], "2025-04-17TNI", "text",
              "occurred", "In der Nacht zum Freitag griff Russland"),
            E("Oval Office clash", "CONSULT", ["United States", "Ukraine"], "2025-02", "text", "occurred",
              "Eklat im Oval Office", date_mod="END", note="28 February 2025"),
        ],
        [
            S("Marco Rubio", "Washington must decide within days whether peace is achievable in the short term",
              "2025-04-18", "text", "innerhalb weniger Tage"),
            S("Marco Rubio", "Otherwise Trump will turn to other matters", "2025-04-18", "context", "Falls nicht"),
            S("Marco Rubio", "We will not continue this endlessly", "2025-04-18", "context", "endlos fortsetzen"),
            S("France", "The Élysée says Witkoff and Macron also discussed the Middle East", "2025-04-18",
              "published", "Witkoff traf Macron zudem"),
            S("France", "Barrot speaks of a 'positive convergence'", "2025-04-18", "published",
              "positiven Annäherung"),
            S("Sergey Lavrov, via Russia", "Any solution must remove the 'root causes of the conflict'",
              "2025-04-17", "context", "betonte Lawrow"),
            S("Dmitry Peskov", "Some progress in normalising relations with Washington, but contacts are difficult",
              "2025-04-18", "text", "gewisse Fortschritte"),
            S("Dmitry Peskov", "The energy moratorium has expired; Putin has given no new orders", "2025-04-18",
              "context", "30-tägige Moratorium"),
            S("Donald Trump", "Expects an answer from Moscow this week", "2025-04-17", "text", "er erwarte"),
            S("Donald Trump", "If one side makes the talks very hard, 'we're out'", "2025-04-18", "text",
              "dann steigen wir aus"),
            S("Volodymyr Zelensky", "The minerals memorandum is a 'good step'", "2025-04-17", "text",
              "guten Schritt"),
            S("Ukraine", "Rejects reports that the US could recognise Crimea as Russian", "2025-04-18", "published",
              "wies Kiew dagegen entschieden zurück"),
            S("Ukraine", "One person killed in the Kharkiv strike", "2025-04-18", "published", "nach Behördenangaben"),
        ],
        ["United States", "Russia", "Ukraine", "Marco Rubio", "Donald Trump", "Steve Witkoff", "Emmanuel Macron",
         "United Kingdom", "Germany", "Andriy Yermak", "Andrii Sybiha", "Rustem Umerov", "France", "Sergey Lavrov",
         "Dmitry Peskov", "Kremlin", "Vladimir Putin", "Volodymyr Zelensky"],
    ),
    doc(
        "b26de04_liveblog_unabhaengigkeitstag_2026_08", "2026-08-24", DE04,
        [
            T("den Winter", "DATE", "2026-WI", 0),
            T("20.40 Uhr", "TIME", "2026-08-24T20:40", note=LIVE),
            T("Abend", "TIME", "2026-08-24TEV"),
            T("Unabhängigkeitstag", "DATE", "2026-08-24"),
            T("der kommenden Woche", "DATE", "2026-W36"),
            T("19.15 Uhr", "TIME", "2026-08-24T19:15", note=LIVE),
            T("den Winter", "DATE", "2026-WI", 1),
            T("17.30 Uhr", "TIME", "2026-08-24T17:30", note=LIVE),
            T("Jahresende", "DATE", "2026", mod="END"),
            T("dem Winter", "DATE", "2026-WI"),
            T("15.05 Uhr", "TIME", "2026-08-24T15:05", note=LIVE),
            T("Herbst", "DATE", "2026-FA"),
            T("13.20 Uhr", "TIME", "2026-08-24T13:20", note=LIVE),
            T("Sonntag", "DATE", "2026-08-23"),
            T("12.10 Uhr", "TIME", "2026-08-24T12:10", note=LIVE),
            T("Anfang September", "DATE", "2026-09", mod="START"),
            T("11.00 Uhr", "TIME", "2026-08-24T11:00", note=LIVE),
            T("9.10 Uhr", "TIME", "2026-08-24T09:10", note=LIVE),
            T("den Winter", "DATE", "2026-WI", 2),
            T("7.45 Uhr", "TIME", "2026-08-24T07:45", note=LIVE),
            T("der Nacht zum Montag", "TIME", "2026-08-23TNI", note="night of 23 to 24 August"),
            T("7.00 Uhr", "TIME", "2026-08-24T07:00", note=LIVE),
            T("Morgen", "TIME", "2026-08-24TMO"),
            T("Mai 2025", "DATE", "2025-05"),
        ],
        [
            E("Zelensky–Trump phone call", "CONSULT", ["Volodymyr Zelensky", "Donald Trump"], "2026-08-24TEV", "text",
              "occurred", "hat am Abend mit US-Präsident Donald Trump telefoniert"),
            E("Trump congratulates Zelensky on Independence Day", "SUPPORT", ["Donald Trump", "Volodymyr Zelensky"],
              "2026-08-24TEV", "context", "occurred", "Trump habe ihm zum Unabhängigkeitstag gratuliert"),
            E("Trump promises to continue Patriot deliveries through NATO's PURL programme", "AGREE",
              ["Donald Trump", "Volodymyr Zelensky", "NATO"], "2026-08-24TEV", "context", "occurred",
              "Trump habe ihm zum Unabhängigkeitstag gratuliert"),
            E("US–Russia–Ukraine negotiators to meet in Geneva next week", "CONSULT",
              ["United States", "Russia", "Ukraine"], "2026-W36", "text", "planned", "Treffen der Unterhändler"),
            E("Kremlin rejects Zelensky's demand for a winter ceasefire", "REJECT", ["Kremlin", "Volodymyr Zelensky"],
              "2026-08-24", "published", "occurred", "Der Kreml hat Selenskyjs Forderung"),
            E("Kremlin: a Putin–Zelensky meeting only in Moscow", "REQUEST", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2026-08-24", "published", "occurred", "nur in Moskau denkbar"),
            E("Merz announces a 1.9 billion euro air-defence package in Kyiv", "AID", ["Friedrich Merz", "Ukraine"],
              "2026-08-24", "published", "occurred", "ein weiteres Luftverteidigungspaket"),
            E("Germany to deliver two more IRIS-T systems by the end of the year", "AID", ["Germany", "Ukraine"],
              "2026", "text", "planned", "zwei zusätzliche Iris-T-Systeme", date_mod="END"),
            E("Merz warns Moscow not to widen strikes on energy supply before winter", "REQUEST",
              ["Friedrich Merz", "Russia"], "2026-08-24", "published", "occurred", "Zugleich warnte der Kanzler Moskau"),
            E("Poland to host a meeting of Ukraine's supporters' foreign ministers in Kraków", "CONSULT",
              ["Poland", "Ukraine"], "2026-FA", "text", "planned", "Polen werde im Herbst"),
            E("Tusk: Putin has failed to split Europe", "ACCUSE", ["Donald Tusk", "Vladimir Putin"], "2026-08-24",
              "published", "occurred", "Putin sei mit seinem Versuch"),
            E("Erdoğan–Zelensky phone call", "CONSULT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"], "2026-08-24",
              "published", "occurred", "hat Selenskyj in einem Telefonat gratuliert"),
            E("Erdoğan congratulates Zelensky", "SUPPORT", ["Recep Tayyip Erdoğan", "Volodymyr Zelensky"],
              "2026-08-24", "published", "occurred", "hat Selenskyj in einem Telefonat gratuliert"),
            E("Erdoğan offers to host direct Kyiv–Moscow talks in Istanbul", "REQUEST",
              ["Recep Tayyip Erdoğan", "Ukraine", "Russia"], "2026-08-24", "published", "occurred",
              "hat Selenskyj in einem Telefonat gratuliert"),
            E("Erdoğan–Putin conversation", "CONSULT", ["Recep Tayyip Erdoğan", "Vladimir Putin"], "2026-08-23", "text",
              "occurred", "sprach Erdoğan am Sonntag auch mit Putin"),
            E("Commission to propose a 22nd sanctions package against Russia", "SANCTION",
              ["Kaja Kallas", "European Union", "Russia"], "2026-09", "text", "planned", "22. Sanktionspaket",
              date_mod="START"),
            E("Russia and Ukraine exchange 120 prisoners each after Saudi mediation", "CONCEDE",
              ["Russia", "Ukraine", "Saudi Arabia"], "2026-08-24", "published", "occurred",
              "je 120 Kriegsgefangene ausgetauscht"),
            E("Zelensky calls on Russia for a ceasefire over the winter", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2026-08-24", "published", "occurred", "hat Selenskyj Russland zu einer Waffenruhe"),
            E("Zelensky: Ukraine ready to exchange all prisoners", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2026-08-24", "published", "occurred", "alle Gefangenen auszutauschen"),
            E("Zelensky refuses to cede territory", "REJECT", ["Volodymyr Zelensky", "Russia"], "2026-08-24",
              "published", "occurred", "alle Gefangenen auszutauschen"),
            E("Russian drone and missile attack on Ukraine, Lviv hit", "ASSAULT", ["Russia", "Ukraine"],
              "2026-08-23TNI", "text", "occurred", "in der Nacht zum Montag mit mehr als 200 Drohnen"),
            E("Poland scrambles fighter jets", "MOBILIZE", ["Poland"], "2026-08-23TNI", "context", "occurred",
              "Polen ließ nach eigenen Angaben"),
            E("Merz and Tusk visit Kyiv to meet Zelensky", "CONSULT",
              ["Friedrich Merz", "Donald Tusk", "Volodymyr Zelensky", "Ukraine"], "2026-08-24TMO", "text", "occurred",
              "Merz und Tusk sind am Morgen"),
        ],
        [
            S("Volodymyr Zelensky", "Trump congratulated him and promised continued Patriot deliveries via PURL",
              "2026-08-24", "context", "Trump habe ihm zum Unabhängigkeitstag gratuliert"),
            S("Volodymyr Zelensky", "They also discussed the Geneva meeting of negotiators next week", "2026-08-24",
              "context", "Treffen der Unterhändler"),
            S("Kremlin", "Rejects Zelensky's demand for a winter ceasefire", "2026-08-24", "published",
              "Der Kreml hat Selenskyjs Forderung"),
            S("Dmitry Peskov", "A truce would only help Kyiv to rearm", "2026-08-24", "published",
              "Eine Feuerpause würde"),
            S("Dmitry Peskov", "A Putin–Zelensky meeting is conceivable only in Moscow", "2026-08-24", "published",
              "nur in Moskau denkbar"),
            S("Friedrich Merz", "Germany will deliver two more IRIS-T systems by the end of the year", "2026-08-24",
              "published", "zwei zusätzliche Iris-T-Systeme"),
            S("Friedrich Merz", "Warns Moscow not to widen strikes on the energy supply before winter", "2026-08-24",
              "published", "Zugleich warnte der Kanzler Moskau"),
            S("Donald Tusk", "Poland will host a foreign ministers' meeting of Ukraine's supporters in the autumn",
              "2026-08-24", "published", "Polen werde im Herbst"),
            S("Donald Tusk", "Putin has failed in his attempt to split Europe", "2026-08-24", "published",
              "Putin sei mit seinem Versuch"),
            S("Turkey", "Erdoğan also spoke with Putin on Sunday", "2026-08-24", "published",
              "Nach Angaben seines Büros"),
            S("Kaja Kallas", "The Commission will propose a 22nd sanctions package in early September", "2026-08-24",
              "published", "22. Sanktionspaket"),
            S("Russia", "Defence ministry confirms the exchange of 120 prisoners each", "2026-08-24", "published",
              "Das bestätigten"),
            S("Ukraine", "Coordination headquarters confirms the exchange", "2026-08-24", "published",
              "Das bestätigten"),
            S("Volodymyr Zelensky", "Calls on Russia for a ceasefire over the winter", "2026-08-24", "published",
              "hat Selenskyj Russland zu einer Waffenruhe"),
            S("Volodymyr Zelensky", "Ukraine is ready to exchange all prisoners but will not cede a metre",
              "2026-08-24", "context", "alle Gefangenen auszutauschen"),
            S("Ukraine", "Lviv was hit hardest, two people killed", "2026-08-24", "published", "Besonders betroffen"),
            S("Poland", "Scrambled fighter jets as a precaution", "2026-08-24", "published",
              "Polen ließ nach eigenen Angaben"),
        ],
        ["Volodymyr Zelensky", "Donald Trump", "United States", "NATO", "Russia", "Ukraine", "Kremlin",
         "Dmitry Peskov", "Vladimir Putin", "Friedrich Merz", "Germany", "Donald Tusk", "Poland",
         "Recep Tayyip Erdoğan", "Turkey", "Kaja Kallas", "European Union", "Saudi Arabia"],
    ),
    doc(
        "b26de05_osze_lugano_2026_12", "2026-12-04", DE05,
        [
            T("Freitag", "DATE", "2026-12-04", 0),
            T("Februar 2022", "DATE", "2022-02"),
            T("Donnerstag", "DATE", "2026-12-03"),
            T("Donnerstagabend", "TIME", "2026-12-03TEV"),
            T("Freitagmorgen", "TIME", "2026-12-04TMO"),
            T("Mitte Dezember", "DATE", "2026-12", mod="MID"),
            T("2027", "DATE", "2027"),
            T("der Nacht auf Freitag", "TIME", "2026-12-03TNI", note="night of 3 to 4 December"),
            T("Ende Dezember", "DATE", "2026-12", mod="END"),
            T("Februar", "DATE", "2026-02", 1),
            T("Jahr 2022", "DATE", "2022"),
        ],
        [
            E("OSCE chair Cassis appeals to Russia and Ukraine to involve the OSCE in ceasefire monitoring", "REQUEST",
              ["Russia", "Ukraine"], "2026-12-04", "text", "occurred", "hat Bundesrat Ignazio Cassis am Freitag"),
            E("Lavrov calls the monitoring proposal premature", "REJECT", ["Sergey Lavrov"], "2026-12-04", "context",
              "occurred", "nannte den Vorschlag verfrüht"),
            E("Lavrov demands a solution removing the 'root causes' first", "REQUEST", ["Sergey Lavrov"], "2026-12-04",
              "context", "occurred", "Zuerst brauche es eine Lösung"),
            E("Lavrov rules out monitoring by soldiers from NATO states", "REJECT", ["Sergey Lavrov", "NATO"],
              "2026-12-04", "context", "occurred", "Zuerst brauche es eine Lösung"),
            E("Sybiha walks out when Lavrov begins his speech", "REJECT", ["Andrii Sybiha", "Sergey Lavrov"],
              "2026-12-03", "text", "occurred", "verliess den Saal"),
            E("Sybiha accuses Moscow of abusing the OSCE for propaganda", "ACCUSE", ["Andrii Sybiha", "Russia"],
              "2026-12-03", "context", "occurred", "Sybiha warf Moskau"),
            E("Sybiha demands the release of all Ukrainian civilians held by Russia", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2026-12-03", "context", "occurred", "Sybiha warf Moskau"),
            E("Lavrov meets Fidan", "CONSULT", ["Sergey Lavrov", "Hakan Fidan"], "2026-12-03TEV", "text", "occurred",
              "Am Donnerstagabend kam Lawrow"),
            E("Fidan offers Istanbul as venue for a new round of talks", "REQUEST", ["Hakan Fidan", "Russia", "Ukraine"],
              "2026-12-03TEV", "context", "occurred", "Am Donnerstagabend kam Lawrow"),
            E("Rubio cancels his attendance at the OSCE ministerial", "CONSULT", ["Marco Rubio"], "2026-12-03",
              "context", "cancelled", "seine Teilnahme kurzfristig abgesagt"),
            E("US deputy secretary Landau speaks briefly with Lavrov", "CONSULT", ["United States", "Sergey Lavrov"],
              "2026-12-04TMO", "text", "occurred", "Landau sprach am Freitagmorgen"),
            E("Next round of Russia–Ukraine–US talks in Geneva", "CONSULT", ["Russia", "Ukraine", "United States"],
              "2026-12", "text", "planned", "Mitte Dezember in Genf", date_mod="MID"),
            E("Kallas criticises Russia for blocking a joint declaration", "ACCUSE", ["Kaja Kallas", "Russia"],
              "2026-12-04", "published", "occurred", "Kallas kritisierte"),
            E("Russia blocks a joint declaration on European security", "REJECT", ["Russia"], "2026-12-04", "context",
              "occurred", "Kallas kritisierte"),
            E("Russian drone attack on Odesa", "ASSAULT", ["Russia", "Ukraine"], "2026-12-03TNI", "text", "occurred",
              "In der Nacht auf Freitag griffen"),
            E("Swiss OSCE chair campaigns for a monitoring mission in Moscow", "CONSULT", ["Russia"], "2026-02",
              "text", "occurred", "hatte im Februar in Moskau und Kiew"),
            E("Swiss OSCE chair campaigns for a monitoring mission in Kyiv", "CONSULT", ["Ukraine"], "2026-02", "text",
              "occurred", "hatte im Februar in Moskau und Kiew"),
        ],
        [
            S("Sergey Lavrov", "The OSCE monitoring proposal is premature", "2026-12-04", "context",
              "nannte den Vorschlag verfrüht"),
            S("Sergey Lavrov", "First a solution removing the 'root causes'; no monitoring by NATO soldiers",
              "2026-12-04", "context", "Zuerst brauche es eine Lösung"),
            S("Andrii Sybiha", "Moscow abuses the OSCE as a stage for propaganda; release all Ukrainian civilians",
              "2026-12-03", "context", "Sybiha warf Moskau"),
            S("Kaja Kallas", "Russia blocked a joint declaration on European security", "2026-12-04", "published",
              "Kallas kritisierte"),
            S("Kaja Kallas", "A country waging a war of aggression cannot co-decide Europe's security", "2026-12-04",
              "published", "Ein Land, das einen Angriffskrieg führt"),
            S("Ukraine", "Russian drones attacked Odesa again", "2026-12-04", "published",
              "wie die ukrainische Militärverwaltung"),
        ],
        ["Russia", "Ukraine", "Sergey Lavrov", "NATO", "Andrii Sybiha", "Hakan Fidan", "Turkey", "United States",
         "Marco Rubio", "Kaja Kallas", "European Union"],
    ),
    doc(
        "b26de06_zuppi_peking_2023_09", "2023-09-15", DE06,
        [
            T("dreitägige", "DURATION", "P3D"),
            T("Donnerstag", "DATE", "2023-09-14"),
            T("Freitag", "DATE", "2023-09-15", 0),
            T("Freitag", "DATE", "2023-09-15", 1),
            T("Februar", "DATE", "2023-02"),
            T("Juli", "DATE", "2023-07", 0),
            T("Juni", "DATE", "2023-06", 0),
            T("Ende Juni", "DATE", "2023-06", mod="END"),
            T("Juli", "DATE", "2023-07", 1),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("Anfang September", "DATE", "2023-09", mod="START"),
            T("der kommenden Woche", "DATE", "2023-W38"),
            T("Montag", "DATE", "2023-09-18"),
            T("Mittwoch", "DATE", "2023-09-13"),
            T("Freitagabend", "TIME", "2023-09-15TEV"),
        ],
        [
            E("Cardinal Zuppi meets China's special envoy Li Hui in Beijing", "CONSULT", ["Vatican", "China"],
              "2023-09-14", "text", "occurred", "traf am Donnerstag in Peking"),
            E("Vatican and China agree to continue efforts on food security and keep up dialogue", "AGREE",
              ["Vatican", "China"], "2023-09-14", "context", "occurred", "Beide Seiten hätten vereinbart"),
            E("China ready to work with all sides including the Vatican to de-escalate", "AGREE", ["China", "Vatican"],
              "2023-09-15", "text", "occurred", "Außenamtssprecher Wang Wenbin"),
            E("China presents its position paper on a political settlement", "REQUEST", ["China"], "2023-02", "text",
              "occurred", "Positionspapier"),
            E("Zuppi suggests reopening Black Sea grain exports", "REQUEST", ["Vatican", "China"], "2023-09-14",
              "context", "occurred", "Zuppi regte"),
            E("Russia quits the grain deal", "SANCTION", ["Russia", "Ukraine"], "2023-07", "text", "occurred",
              "Zuppi regte", note="17 July 2023"),
            E("Zuppi received by Zelensky in Kyiv", "CONSULT", ["Vatican", "Volodymyr Zelensky"], "2023-06", "text",
              "occurred", "Im Juni hatte Zuppi zunächst Kiew besucht"),
            E("Zuppi meets Ushakov in Moscow", "CONSULT", ["Vatican", "Yuri Ushakov"], "2023-06", "text", "occurred",
              "Ende Juni sprach er in Moskau", date_mod="END"),
            E("Biden receives Zuppi at the White House", "CONSULT", ["Joe Biden", "Vatican"], "2023-07", "text",
              "occurred", "Im Juli empfing ihn US-Präsident Joe Biden"),
            E("Peskov: Moscow appreciates the Vatican's efforts", "SUPPORT", ["Dmitry Peskov", "Vatican"],
              "2023-09-15", "published", "occurred", "Moskau schätze die Bemühungen"),
            E("Yermak insists on the peace formula's demand for full Russian withdrawal", "REQUEST",
              ["Andriy Yermak", "Russia"], "2023-09-15", "published", "occurred", "Jermak betonte"),
            E("Zelensky to address the UN General Assembly and Security Council", "CONSULT",
              ["Volodymyr Zelensky", "United Nations"], "2023-W38", "text", "planned",
              "vor der UN-Vollversammlung und dem Sicherheitsrat"),
            E("Wang Yi to travel to Moscow for talks", "CONSULT", ["China", "Russia"], "2023-09-18", "text", "planned",
              "Chinas Außenminister Wang Yi reist"),
            E("Putin receives Kim Jong Un in the Far East", "CONSULT", ["Vladimir Putin"], "2023-09-13", "text",
              "occurred", "Am Mittwoch hatte Putin im Fernen Osten"),
        ],
        [
            S("Vatican", "Zuppi met Li Hui in Beijing on Thursday", "2023-09-15", "text",
              "wie der Vatikan am Freitag mitteilte"),
            S("Vatican", "The talks took place in an atmosphere of openness and cordiality", "2023-09-15", "context",
              "Atmosphäre der Offenheit"),
            S("Vatican", "The focus was on humanitarian consequences, deported children and prisoners", "2023-09-15",
              "context", "Im Mittelpunkt hätten"),
            S("Vatican", "Both sides agreed to continue efforts on food security and keep up dialogue", "2023-09-15",
              "context", "Beide Seiten hätten vereinbart"),
            S("China", "Beijing is ready to work with all sides including the Vatican to de-escalate", "2023-09-15",
              "text", "Außenamtssprecher Wang Wenbin"),
            S("Dmitry Peskov", "Moscow appreciates the Vatican's efforts but sees no prospects for a political "
              "solution at present", "2023-09-15", "published", "Moskau schätze die Bemühungen"),
            S("Andriy Yermak", "The basis of any peace remains Zelensky's peace formula", "2023-09-15", "published",
              "Jermak betonte"),
            S("Vatican", "Pope Francis: the mission is not mediation in the strict sense but humanitarian", "2023-09",
              "text", "Papst Franziskus hatte auf dem Rückflug"),
            S("Russia", "Wang Yi will come to Moscow for talks on Monday", "2023-09-15", "published",
              "nach Angaben aus Moskau"),
        ],
        ["Vatican", "China", "Ukraine", "Russia", "Volodymyr Zelensky", "Vladimir Putin", "Kremlin", "Yuri Ushakov",
         "Joe Biden", "United States", "Dmitry Peskov", "Andriy Yermak", "United Nations"],
    ),
]
