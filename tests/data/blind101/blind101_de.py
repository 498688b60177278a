"""German articles of the blind101 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b101de01 (Bergedorfer Zeitung)
DE01 = """
UN-Menschenrechtsrat setzt Untersuchungskommission zum Ukraine-Krieg ein

Genf/Hamburg. Der UN-Menschenrechtsrat hat eine unabhängige internationale Kommission eingesetzt, die mutmaßliche Verstöße Russlands gegen die Menschenrechte und das humanitäre Völkerrecht in der Ukraine untersuchen soll.
Für die von Kiew eingebrachte Resolution stimmten am Freitag in Genf 32 der 47 Mitgliedstaaten, nur Russland und Eritrea votierten dagegen.
13 Staaten enthielten sich, darunter China und Indien.
Die drei Mitglieder der Kommission sollen in den kommenden Wochen ernannt werden und dem Rat im September erstmals berichten.

Die ukrainische Botschafterin Jewhenija Filipenko sagte nach der Abstimmung, die Welt habe ein klares Signal gesendet: „Die Verantwortlichen werden zur Rechenschaft gezogen.“
Der russische Botschafter Gennadi Gatilow warf den westlichen Staaten vor, den Rat für eine „politisch motivierte Kampagne“ zu missbrauchen.
Russland werde mit der Kommission nicht zusammenarbeiten, kündigte er an.
Die UN-Hochkommissarin für Menschenrechte, Michelle Bachelet, hatte am Donnerstag in einer Dringlichkeitsdebatte von mindestens 249 getöteten Zivilisten gesprochen und vor einer weit höheren Dunkelziffer gewarnt.

Bundesaußenministerin Annalena Baerbock begrüßte die Entscheidung als „wichtigen Schritt, damit diese Verbrechen nicht straflos bleiben“.
Der Chefankläger des Internationalen Strafgerichtshofs, Karim Khan, hatte bereits am Mittwoch eigene Ermittlungen eingeleitet.

Während in Genf abgestimmt wurde, verschärfte sich die Lage im Süden der Ukraine.
In der Nacht zum Freitag beschossen russische Truppen das Gelände des Atomkraftwerks Saporischschja, ein Brand in einem Schulungsgebäude war am Morgen gelöscht.
Die Internationale Atomenergiebehörde teilte mit, die Reaktoren seien nicht beschädigt worden.
Unterhändler Russlands und der Ukraine hatten sich am Donnerstag bei ihrer zweiten Gesprächsrunde nahe der polnisch-belarussischen Grenze auf humanitäre Korridore für Zivilisten verständigt.
Wann diese geöffnet werden, blieb am Freitagabend offen.

In Bergedorf kamen unterdessen am Freitag die ersten 38 Geflüchteten aus Charkiw an, überwiegend Frauen mit Kindern.
Sie sind vorerst in einer Sporthalle in Lohbrügge untergebracht.
„Viele haben Dinge gesehen, die man niemandem wünscht“, sagte Olena Kravets vom Verein Ukrainer in Bergedorf, der seit Tagen Spenden sammelt.
Der Verein sucht weiterhin Dolmetscherinnen und Wohnungen.
"""

# ---------------------------------------------------------------- b101de02 (Amnesty Journal)
DE02 = """
OSZE-Experten sehen „klare Muster“ schwerer Verstöße in der Ukraine

Ein Gutachten im Auftrag der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) wirft den russischen Streitkräften schwere Verstöße gegen das humanitäre Völkerrecht vor.
Die drei Völkerrechtler Wolfgang Benedek, Marco Sassòli und Veronika Bílková stellten ihren Bericht am Mittwoch dem Ständigen Rat der OSZE in Wien vor.
Sie fanden nach eigenen Worten „klare Muster“ von Verstößen, darunter Angriffe auf Krankenhäuser, Schulen und Wohnviertel.
Den Angriff auf die Geburtsklinik in Mariupol am 9. März und die Bombardierung des Theaters der Stadt am 16. März werten die Fachleute als Kriegsverbrechen.

Grundlage ist der sogenannte Moskauer Mechanismus, den die Ukraine mit Unterstützung von 45 Teilnehmerstaaten, darunter Deutschland, die USA, Großbritannien und Frankreich, am 3. März ausgelöst hatte.
Das Verfahren erlaubt es, ohne Zustimmung des betroffenen Staates unabhängige Berichterstatter zu entsenden.
Russland weigerte sich im März, einen eigenen Experten zu benennen, und ließ Anfragen der Berichterstatter unbeantwortet.
Die Gräueltaten von Butscha, die Anfang April bekannt wurden, konnten die Experten in der knappen Frist von drei Wochen nur noch am Rande berücksichtigen.

Der ukrainische Außenminister Dmytro Kuleba sprach von einem „Beweisstück für künftige Tribunale“ und forderte, die Verantwortlichen vor Gericht zu stellen.
Das russische Außenministerium wies den Bericht als „haltlos und einseitig“ zurück.
Der US-Botschafter bei der OSZE, Michael Carpenter, nannte die Befunde in der Sitzung „erschütternd“.
Die Täter würden zur Rechenschaft gezogen, sagte er.
Polens Außenminister Zbigniew Rau, dessen Land in diesem Jahr den OSZE-Vorsitz führt, kündigte an, den Bericht an den Internationalen Strafgerichtshof weiterzuleiten.
Am vergangenen Donnerstag hatte die UN-Vollversammlung Russlands Mitgliedschaft im UN-Menschenrechtsrat ausgesetzt.

Für Amnesty International bestätigt das Gutachten, was die eigenen Ermittlerinnen vor Ort beobachten.
Ein Team der Organisation dokumentiert derzeit in Orten nördlich von Kiew Tötungen von Zivilisten.
„Die Muster sind dieselben, von Mariupol bis Butscha“, sagte eine Amnesty-Rechercheurin dem Amnesty Journal.
Die deutsche Sektion ruft dazu auf, Spenden für die Dokumentationsarbeit zweckgebunden zu überweisen.
"""

# ---------------------------------------------------------------- b101de03 (Hohenzollerische Zeitung)
DE03 = """
Russland ist nicht mehr an die Menschenrechtskonvention gebunden

Straßburg/Hechingen. Für rund 140 Millionen Menschen in Russland endet an diesem Freitag der Schutz durch die Europäische Menschenrechtskonvention.
Seit Mitternacht ist das Land keine Vertragspartei mehr.
Der Europäische Gerichtshof für Menschenrechte (EGMR) bleibt allerdings für Beschwerden zuständig, die Vorgänge bis zum heutigen Tag betreffen.
Rund 17.000 Verfahren gegen Russland sind in Straßburg noch anhängig, mehr als gegen jeden anderen Staat.

Das Ministerkomitee des Europarats hatte Russland am 16. März wegen des Angriffs auf die Ukraine ausgeschlossen, nachdem Moskau seinen Austritt am Vortag selbst erklärt hatte.
Bereits am 25. Februar waren Moskaus Vertretungsrechte in der Organisation suspendiert worden.
Im Juni unterzeichnete Präsident Wladimir Putin Gesetze, nach denen Straßburger Urteile, die nach dem 15. März ergangen sind, in Russland nicht mehr vollstreckt werden.

Die Generalsekretärin des Europarats, Marija Pejčinović Burić, mahnte, Russland bleibe verpflichtet, alle bisherigen Urteile umzusetzen, darunter Entschädigungen in Millionenhöhe.
Kremlsprecher Dmitri Peskow erklärte, Russland habe „nichts verloren“, der Europarat sei längst ein Instrument antirussischer Politik.
Die Ukraine hat seit Februar mehrere Staatenbeschwerden gegen Russland in Straßburg eingereicht.
Ihre Regierungsbeauftragte Margarita Sokorenko forderte am Freitag, diese Verfahren vorrangig zu behandeln.

Die Nachrichten aus dem Osten der Ukraine überschatteten den Tag.
In der zurückeroberten Stadt Isjum entdeckten Ermittler am Donnerstag eine Grabstätte mit mehr als 440 Gräbern.
Präsident Wolodymyr Selenskyj machte am Abend Russland dafür verantwortlich und forderte ein internationales Tribunal.
Putin traf am selben Tag am Rande des Gipfels der Shanghaier Organisation für Zusammenarbeit in Samarkand Chinas Staatschef Xi Jinping.
Er räumte dabei ein, Peking habe „Fragen und Sorgen“ zur Lage in der Ukraine.

Für den Hechinger Rechtsanwalt Martin Kessler hat der Freitag ganz praktische Folgen.
Er vertritt seit 2019 einen russischen Kriegsdienstverweigerer, dessen Beschwerde in Straßburg noch nicht entschieden ist.
„Ein Urteil wird kommen, aber Moskau wird es ignorieren“, sagte Kessler unserer Zeitung.
Er rechnet damit, dass das Verfahren noch Jahre dauert.
"""

# ---------------------------------------------------------------- b101de04 (zeitzeichen)
DE04 = """
UN-Sonderberichterstatterin: Russland verfolgt Andersdenkende systematisch

Genf. Die UN-Sonderberichterstatterin für die Menschenrechtslage in Russland, Mariana Katzarova, hat der russischen Führung eine systematische Unterdrückung jeder Kritik vorgeworfen.
In ihrem ersten Bericht, den sie am Montag dem UN-Menschenrechtsrat in Genf vorstellte, spricht die Bulgarin von einer „dramatischen Verschlechterung“ seit Februar 2022.
Mehr als 20.000 Menschen seien seither wegen ihres Protests gegen den Krieg festgenommen worden, gegen mehr als 600 liefen Strafverfahren.
Ihr Mandat hatte der Rat im Oktober vergangenen Jahres gegen den Widerstand Moskaus geschaffen, Katzarova trat es im Mai an.

Russland verweigert der Sonderberichterstatterin die Einreise und lässt ihre Anfragen unbeantwortet.
Der Platz der russischen Delegation blieb während der Aussprache leer.
Außenamtssprecherin Maria Sacharowa hatte das Mandat bereits im Frühjahr als „illegitim“ bezeichnet und erklärt, Moskau werde nicht damit zusammenarbeiten.

Katzarova nannte ausdrücklich den Oppositionspolitiker Wladimir Kara-Mursa, der im April zu 25 Jahren Lagerhaft verurteilt wurde, und den inhaftierten Alexej Nawalny.
Auch religiöse Minderheiten seien betroffen: Zeugen Jehovas würden als „Extremisten“ verfolgt, in den besetzten Gebieten der Ukraine seien seit 2022 mehrere evangelische Pastoren verschleppt worden.
Sie forderte Moskau auf, alle politischen Gefangenen freizulassen.

Die Vertreterin der Europäischen Union begrüßte den Bericht in der Aussprache und verlangte, das Mandat im Oktober zu verlängern.
Das Auswärtige Amt erklärte in Berlin, der Bericht zeige, wie eng Repression nach innen und Aggression nach außen zusammenhingen.

Zeitgleich beginnt in New York die Generaldebatte der UN-Vollversammlung.
Präsident Wolodymyr Selenskyj will dort am Dienstag sprechen, am Mittwoch soll er im Sicherheitsrat auftreten, wo auch Außenminister Sergej Lawrow erwartet wird.

Für die Kirchen in Deutschland ist der Bericht mehr als eine Zahlensammlung.
„Wir kennen Namen und Gesichter hinter diesen Zahlen“, sagt Pfarrerin Dorothea Lenz, die für das Gustav-Adolf-Werk Kontakt zu Gemeinden in Russland hält.
Mehrere Partnergemeinden hätten ihre Arbeit in den vergangenen Monaten eingestellt, aus Angst vor dem Etikett „ausländischer Agent“.
Das Werk will im November in Leipzig über die Lage der Protestanten in Russland und der Ukraine beraten.
"""

# ---------------------------------------------------------------- b101de05 (Ostfriesischer Kurier)
DE05 = """
Schadensregister für die Ukraine nimmt erste Anträge an

Den Haag/Norden. Ukrainerinnen und Ukrainer, deren Häuser und Wohnungen durch den russischen Krieg beschädigt oder zerstört wurden, können ihre Verluste seit Dienstag bei einem internationalen Schadensregister anmelden.
Den Startschuss gaben Vertreter von mehr als 40 Staaten bei der Konferenz „Restoring Justice for Ukraine“ in Den Haag.
Die Anträge werden über die staatliche App „Dija“ eingereicht; zunächst geht es um Wohneigentum, weitere Kategorien wie Verletzungen oder der Tod von Angehörigen sollen folgen.
Das Register war im Mai vergangenen Jahres beim Gipfel des Europarats in Reykjavík gegründet worden, ihm gehören 43 Staaten und die Europäische Union an.

Der ukrainische Außenminister Dmytro Kuleba sprach in Den Haag von einem „ersten Schritt, damit Russland für jede zerstörte Wohnung bezahlt“.
Er forderte, die im Westen eingefrorenen russischen Staatsgelder für die Entschädigung einzusetzen.
EU-Justizkommissar Didier Reynders sagte, ein Register allein reiche nicht, es brauche auch eine Kommission, die über die Ansprüche entscheide, und einen Fonds.
Bundesjustizminister Marco Buschmann (FDP) sicherte zu, Deutschland werde sich an den Verhandlungen über eine solche Kommission beteiligen.

Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte das Register am Mittwoch „rechtlich nichtig“.
Jeder Versuch, russisches Eigentum anzutasten, sei Diebstahl und werde nicht unbeantwortet bleiben, sagte sie.

In Brüssel beraten ab Mittwoch die Außenminister der Nato.
Generalsekretär Jens Stoltenberg will ihnen vorschlagen, der Ukraine für fünf Jahre Militärhilfe von 100 Milliarden Euro zuzusichern.
Die Ukraine meldete unterdessen erneut schwere russische Angriffe auf ihre Energieanlagen.

In Norden leben derzeit rund 280 Menschen aus der Ukraine.
Eine von ihnen ist die 58-jährige Tetjana Bondar aus Mariupol, deren Wohnung im März 2022 ausbrannte.
„Ich habe Fotos, den Kaufvertrag und die Adresse – mehr habe ich nicht mehr“, sagte sie unserer Zeitung.
Die Volkshochschule Norden bietet ab kommender Woche Hilfe beim Ausfüllen der Anträge an.
"""

# ---------------------------------------------------------------- b101de06 (Hellweger Anzeiger)
DE06 = """
UN-Kommission wirft Russland Verbrechen gegen die Menschlichkeit vor

Genf/Unna. Die Untersuchungskommission der Vereinten Nationen zur Ukraine wirft Russland Verbrechen gegen die Menschlichkeit vor.
Das Verschwindenlassen von Zivilisten und die Folter von Gefangenen in den besetzten Gebieten folgten einer koordinierten Politik des russischen Staates, sagte der Vorsitzende Erik Møse am Dienstag vor dem UN-Menschenrechtsrat in Genf.
Die Kommission stützt ihre Befunde auf mehr als 1.000 Befragungen, viele Opfer seien über Monate ohne Kontakt zu ihren Familien festgehalten worden.
Russland verweigert der Kommission seit ihrer Einsetzung im März 2022 jeden Zugang.

Der russische Vertreter Gennadi Gatilow nannte den Bericht eine „Sammlung von Fälschungen“ und verließ anschließend den Saal.
Die ukrainische Vizeaußenministerin Marjana Betsa forderte, die Verantwortlichen vor ein Sondertribunal zu stellen.
Die Vereinigten Staaten, die sich im Februar auf Anordnung von Präsident Donald Trump aus dem Rat zurückgezogen hatten, waren in Genf nicht vertreten.

Am selben Nachmittag telefonierte Trump rund zweieinhalb Stunden mit Kremlchef Wladimir Putin.
Putin stimmte nach Kremlangaben zu, Angriffe auf die Energieinfrastruktur der Ukraine für 30 Tage auszusetzen.
Eine umfassende Waffenruhe lehnte er ab, solange der Westen die Ukraine mit Waffen und Geheimdienstinformationen versorge.
Beide Seiten wollen am Mittwoch je 175 Gefangene austauschen.
Das Weiße Haus sprach von einem ersten Schritt hin zu einem dauerhaften Frieden.

Präsident Wolodymyr Selenskyj erklärte sich zu einer Pause bei Angriffen auf Energieanlagen bereit.
Zugleich warf er Moskau vor, noch in der Nacht Krankenhäuser in Slowjansk mit Drohnen angegriffen zu haben.
Am Mittwoch will er in Helsinki den finnischen Präsidenten Alexander Stubb treffen.

In Unna hat die Initiative „Brücke nach Lwiw“ im vergangenen Jahr Aussagen von 14 Geflüchteten an die Kommission weitergeleitet.
„Dass diese Berichte gelesen werden, gibt den Menschen Kraft“, sagte Sprecherin Anna Hirsch unserer Redaktion.
Die Gruppe trifft sich jeden ersten Donnerstag im Monat im Lutherhaus.
"""

def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b101de01_menschenrechtsrat_untersuchungskommission_2022_03", "2022-03-05", DE01,
        [
            T("Freitag", "DATE", "2022-03-04", 0),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("September", "DATE", "2022-09"),
            T("Donnerstag", "DATE", "2022-03-03", 0),
            T("Mittwoch", "DATE", "2022-03-02"),
            T("der Nacht zum Freitag", "TIME", "2022-03-03TNI", note="night to Friday 4 March 2022"),
            T("Morgen", "TIME", "2022-03-04TMO"),
            T("Donnerstag", "DATE", "2022-03-03", 1),
            T("Freitagabend", "TIME", "2022-03-04TEV"),
            T("Freitag", "DATE", "2022-03-04", 2),
            T("Tagen", "DURATION", "PXD", note="seit Tagen"),
        ],
        [
            E("Human Rights Council sets up an international commission of inquiry into Russia's violations in Ukraine",
              "ACCUSE", ["United Nations", "Russia"], "2022-03-04", "context", "occurred",
              "hat eine unabhängige internationale Kommission eingesetzt"),
            E("Ukraine's draft resolution on the commission of inquiry", "REQUEST", ["Ukraine", "United Nations"],
              "2022-03-04", "text", "occurred", "Für die von Kiew eingebrachte Resolution"),
            E("Russia votes against the resolution", "REJECT", ["Russia", "United Nations"], "2022-03-04", "text",
              "occurred", "Für die von Kiew eingebrachte Resolution"),
            E("Ukraine's ambassador: those responsible will be held accountable", "THREATEN", ["Ukraine", "Russia"],
              "2022-03-04", "context", "occurred", "Die Verantwortlichen werden zur Rechenschaft gezogen"),
            E("Gatilov accuses Western states of misusing the council for a politically motivated campaign", "ACCUSE",
              ["Russia"], "2022-03-04", "context", "occurred", "Gennadi Gatilow warf den westlichen Staaten vor"),
            E("Russia will not cooperate with the commission of inquiry", "REJECT", ["Russia", "United Nations"],
              "2022-03-04", "context", "occurred", "Russland werde mit der Kommission nicht zusammenarbeiten"),
            E("Urgent debate of the Human Rights Council on Ukraine", "CONSULT", ["United Nations", "Ukraine"],
              "2022-03-03", "text", "occurred", "in einer Dringlichkeitsdebatte"),
            E("Baerbock welcomes the council's decision", "SUPPORT", ["Germany", "United Nations"], "2022-03-05",
              "published", "occurred", "Baerbock begrüßte die Entscheidung"),
            E("Russian troops shell the Zaporizhzhia nuclear power plant", "ASSAULT", ["Russia", "Ukraine"],
              "2022-03-03TNI", "text", "occurred", "beschossen russische Truppen das Gelände"),
            E("Second round of Russia–Ukraine talks", "CONSULT", ["Russia", "Ukraine"], "2022-03-03", "text",
              "occurred", "bei ihrer zweiten Gesprächsrunde"),
            E("Russia and Ukraine agree on humanitarian corridors for civilians", "AGREE", ["Russia", "Ukraine"],
              "2022-03-03", "text", "occurred", "bei ihrer zweiten Gesprächsrunde"),
        ],
        [
            S("Ukraine", "Filipenko: the world sent a clear signal, those responsible will be held accountable",
              "2022-03-04", "context", "Die Verantwortlichen werden zur Rechenschaft gezogen"),
            S("Russia", "Gatilov: the West misuses the council for a politically motivated campaign", "2022-03-04",
              "context", "Gennadi Gatilow warf den westlichen Staaten vor"),
            S("Russia", "Gatilov: Russia will not cooperate with the commission", "2022-03-04", "context",
              "Russland werde mit der Kommission nicht zusammenarbeiten"),
            S("United Nations", "Bachelet: at least 249 civilians killed, the real number far higher", "2022-03-03",
              "text", "in einer Dringlichkeitsdebatte"),
            S("Germany", "Baerbock: an important step so that these crimes do not go unpunished", "2022-03-05",
              "published", "Baerbock begrüßte die Entscheidung"),
            S("IAEA", "The reactors were not damaged", "2022-03-05", "published",
              "Die Internationale Atomenergiebehörde teilte mit"),
        ],
        ["United Nations", "Russia", "Ukraine", "China", "Germany", "IAEA"],
    ),
    doc(
        "b101de02_osze_moskauer_mechanismus_2022_04", "2022-04-14", DE02,
        [
            T("Mittwoch", "DATE", "2022-04-13"),
            T("9. März", "DATE", "2022-03-09"),
            T("16. März", "DATE", "2022-03-16"),
            T("3. März", "DATE", "2022-03-03"),
            T("März", "DATE", "2022-03", 3),
            T("Anfang April", "DATE", "2022-04", mod="START"),
            T("drei Wochen", "DURATION", "P3W"),
            T("diesem Jahr", "DATE", "2022"),
            T("vergangenen Donnerstag", "DATE", "2022-04-07"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("OSCE Moscow Mechanism experts accuse Russian forces of serious violations of international humanitarian "
              "law", "ACCUSE", ["Russia"], "2022-04-13", "context", "occurred", "Ein Gutachten im Auftrag der"),
            E("Russian attack on the Mariupol maternity hospital", "ASSAULT", ["Russia", "Ukraine"], "2022-03-09",
              "text", "occurred", "Den Angriff auf die Geburtsklinik"),
            E("Russian bombing of the Mariupol theatre", "ASSAULT", ["Russia", "Ukraine"], "2022-03-16", "text",
              "occurred", "Den Angriff auf die Geburtsklinik"),
            E("Ukraine and 45 participating states invoke the OSCE Moscow Mechanism against Russia", "ACCUSE",
              ["Ukraine", "Germany", "United States", "United Kingdom", "France", "Russia"], "2022-03-03", "text",
              "occurred", "Grundlage ist der sogenannte Moskauer Mechanismus"),
            E("Russia refuses to appoint an expert and ignores the rapporteurs' requests", "REJECT", ["Russia"],
              "2022-03", "text", "occurred", "Russland weigerte sich im März"),
            E("Kuleba demands that those responsible be put on trial", "REQUEST", ["Ukraine", "Russia"], "2022-04-14",
              "published", "occurred", "Beweisstück für künftige Tribunale"),
            E("Russian foreign ministry rejects the report as baseless and one-sided", "REJECT", ["Russia"],
              "2022-04-14", "published", "occurred", "wies den Bericht als"),
            E("US ambassador Carpenter: the perpetrators will be held accountable", "THREATEN",
              ["United States", "Russia"], "2022-04-13", "context", "occurred", "Die Täter würden zur Rechenschaft"),
            E("Poland's OSCE chair Rau to forward the report to the International Criminal Court", "COOPERATE",
              ["Poland"], "2022-04-14", "published", "planned", "Zbigniew Rau"),
            E("UN General Assembly suspends Russia's membership of the Human Rights Council", "SANCTION",
              ["United Nations", "Russia"], "2022-04-07", "text", "occurred", "Am vergangenen Donnerstag hatte"),
        ],
        [
            S("Ukraine", "Kuleba: the report is evidence for future tribunals; those responsible must be tried",
              "2022-04-14", "published", "Beweisstück für künftige Tribunale"),
            S("Russia", "Foreign ministry: the report is baseless and one-sided", "2022-04-14", "published",
              "wies den Bericht als"),
            S("United States", "Carpenter: the findings are harrowing", "2022-04-13", "context",
              "nannte die Befunde in der Sitzung"),
            S("United States", "Carpenter: the perpetrators will be held accountable", "2022-04-13", "context",
              "Die Täter würden zur Rechenschaft"),
            S("Poland", "Rau: the report will be forwarded to the International Criminal Court", "2022-04-14",
              "published", "Zbigniew Rau"),
        ],
        ["Russia", "Ukraine", "Germany", "United States", "United Kingdom", "France", "Poland", "United Nations"],
    ),
    doc(
        "b101de03_emrk_austritt_russland_2022_09", "2022-09-16", DE03,
        [
            T("diesem Freitag", "DATE", "2022-09-16"),
            T("Mitternacht", "TIME", "2022-09-16T00:00", note="midnight, Strasbourg time (CEST)"),
            T("heutigen Tag", "DATE", "2022-09-16"),
            T("16. März", "DATE", "2022-03-16"),
            T("Vortag", "DATE", "2022-03-15"),
            T("25. Februar", "DATE", "2022-02-25"),
            T("Juni", "DATE", "2022-06"),
            T("15. März", "DATE", "2022-03-15"),
            T("Februar", "DATE", "2022-02", 1),
            T("Freitag", "DATE", "2022-09-16", 1),
            T("Donnerstag", "DATE", "2022-09-15"),
            T("Abend", "TIME", "2022-09-15TEV"),
            T("selben Tag", "DATE", "2022-09-15"),
            T("der Freitag", "DATE", "2022-09-16"),
            T("2019", "DATE", "2019"),
            T("Jahre", "DURATION", "PXY"),
        ],
        [
            E("Russia ceases to be a party to the European Convention on Human Rights", "SANCTION", ["Russia"],
              "2022-09-16", "text", "occurred", "endet an diesem Freitag der Schutz"),
            E("Council of Europe's Committee of Ministers expels Russia", "SANCTION", ["Russia"], "2022-03-16", "text",
              "occurred", "Das Ministerkomitee des Europarats hatte Russland"),
            E("Moscow declares its withdrawal from the Council of Europe", "REJECT", ["Russia"], "2022-03-15", "text",
              "occurred", "Das Ministerkomitee des Europarats hatte Russland"),
            E("Russia's representation rights in the Council of Europe suspended", "SANCTION", ["Russia"],
              "2022-02-25", "text", "occurred", "Bereits am 25. Februar"),
            E("Putin signs laws ending the enforcement of Strasbourg judgments", "REJECT", ["Vladimir Putin", "Russia"],
              "2022-06", "text", "occurred", "Im Juni unterzeichnete Präsident"),
            E("Council of Europe's secretary general: Russia remains bound to implement all judgments", "REQUEST",
              ["Russia"], "2022-09-16", "published", "occurred", "Pejčinović Burić, mahnte"),
            E("Peskov calls the Council of Europe an instrument of anti-Russian policy", "ACCUSE", ["Dmitry Peskov"],
              "2022-09-16", "published", "occurred", "Kremlsprecher Dmitri Peskow erklärte"),
            E("Ukraine files interstate applications against Russia in Strasbourg", "ACCUSE", ["Ukraine", "Russia"],
              "2022-02", "text", "occurred", "Die Ukraine hat seit Februar", date_mod="START"),
            E("Ukraine's agent asks for priority treatment of its cases", "REQUEST", ["Ukraine"], "2022-09-16", "text",
              "occurred", "Margarita Sokorenko forderte"),
            E("Zelensky holds Russia responsible for the Izium graves", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2022-09-15TEV", "text", "occurred", "machte am Abend Russland"),
            E("Zelensky calls for an international tribunal", "REQUEST", ["Volodymyr Zelensky", "Russia"],
              "2022-09-15TEV", "text", "occurred", "machte am Abend Russland"),
            E("Putin meets Xi Jinping in Samarkand", "CONSULT", ["Vladimir Putin", "Xi Jinping"], "2022-09-15", "text",
              "occurred", "Putin traf am selben Tag"),
        ],
        [
            S("Dmitry Peskov", "Russia has lost nothing; the Council of Europe is an instrument of anti-Russian policy",
              "2022-09-16", "published", "Kremlsprecher Dmitri Peskow erklärte"),
            S("Ukraine", "Sokorenko asks the court to treat Ukraine's cases as a priority", "2022-09-16", "text",
              "Margarita Sokorenko forderte"),
            S("Volodymyr Zelensky", "Russia is responsible for the Izium graves; calls for an international tribunal",
              "2022-09-15TEV", "text", "machte am Abend Russland"),
            S("Vladimir Putin", "Beijing has questions and concerns about the situation in Ukraine", "2022-09-15",
              "context", "Fragen und Sorgen"),
        ],
        ["Russia", "Ukraine", "Vladimir Putin", "Dmitry Peskov", "Kremlin", "Volodymyr Zelensky", "Xi Jinping",
         "China"],
    ),
    doc(
        "b101de04_sonderberichterstatterin_russland_2023_09", "2023-09-19", DE04,
        [
            T("Montag", "DATE", "2023-09-18"),
            T("Februar 2022", "DATE", "2022-02"),
            T("Oktober vergangenen Jahres", "DATE", "2022-10"),
            T("Mai", "DATE", "2023-05"),
            T("Frühjahr", "DATE", "2023-SP"),
            T("April", "DATE", "2023-04"),
            T("25 Jahren", "DURATION", "P25Y"),
            T("2022", "DATE", "2022", 1),
            T("Oktober", "DATE", "2023-10", 1),
            T("Dienstag", "DATE", "2023-09-19"),
            T("Mittwoch", "DATE", "2023-09-20"),
            T("den vergangenen Monaten", "DATE", "PAST_REF"),
            T("November", "DATE", "2023-11"),
        ],
        [
            E("Special rapporteur Katzarova accuses the Russian leadership of systematic repression", "ACCUSE",
              ["United Nations", "Russia"], "2023-09-18", "context", "occurred",
              "hat der russischen Führung eine systematische Unterdrückung"),
            E("Human Rights Council creates the special rapporteur's mandate on Russia", "ACCUSE",
              ["United Nations", "Russia"], "2022-10", "text", "occurred", "Ihr Mandat hatte der Rat"),
            E("Moscow opposes the creation of the mandate", "REJECT", ["Russia", "United Nations"], "2022-10", "text",
              "occurred", "Ihr Mandat hatte der Rat"),
            E("Russia denies the rapporteur entry and leaves her requests unanswered", "REJECT",
              ["Russia", "United Nations"], "2023-09-19", "published", "occurred",
              "Russland verweigert der Sonderberichterstatterin", note="standing refusal"),
            E("Russian delegation stays away from the debate", "REJECT", ["Russia", "United Nations"], "2023-09-18",
              "context", "occurred", "Der Platz der russischen Delegation"),
            E("Zakharova calls the mandate illegitimate and refuses cooperation", "REJECT",
              ["Maria Zakharova", "United Nations"], "2023-SP", "text", "occurred", "Außenamtssprecherin Maria Sacharowa"),
            E("Protestant pastors abducted in the occupied territories of Ukraine since 2022", "COERCE",
              ["Russia", "Ukraine"], "2022", "text", "occurred", "evangelische Pastoren verschleppt", date_mod="START"),
            E("Katzarova calls on Moscow to release all political prisoners", "REQUEST", ["United Nations", "Russia"],
              "2023-09-18", "context", "occurred", "Sie forderte Moskau auf"),
            E("The EU welcomes the report", "SUPPORT", ["European Union", "United Nations"], "2023-09-18", "context",
              "occurred", "Die Vertreterin der Europäischen Union"),
            E("The EU demands the extension of the mandate in October", "REQUEST", ["European Union", "United Nations"],
              "2023-09-18", "context", "occurred", "Die Vertreterin der Europäischen Union"),
            E("German Foreign Office links Russia's internal repression and external aggression", "ACCUSE",
              ["Germany", "Russia"], "2023-09-19", "published", "occurred", "Das Auswärtige Amt erklärte"),
            E("Security Council session with Zelensky and Lavrov", "CONSULT",
              ["Volodymyr Zelensky", "Sergey Lavrov", "United Nations"], "2023-09-20", "text", "planned",
              "im Sicherheitsrat auftreten"),
        ],
        [
            S("United Nations", "Katzarova accuses the Russian leadership of systematically suppressing all criticism",
              "2023-09-18", "context", "hat der russischen Führung eine systematische Unterdrückung"),
            S("United Nations", "Katzarova: a dramatic deterioration since February 2022", "2023-09-18", "text",
              "dramatischen Verschlechterung"),
            S("United Nations", "More than 20,000 detained for protesting against the war, over 600 prosecuted",
              "2023-09-18", "context", "Mehr als 20.000 Menschen"),
            S("United Nations", "Religious minorities persecuted; pastors abducted in occupied Ukraine", "2023-09-18",
              "context", "Auch religiöse Minderheiten"),
            S("United Nations", "Calls on Moscow to release all political prisoners", "2023-09-18", "context",
              "Sie forderte Moskau auf"),
            S("Maria Zakharova", "The mandate is illegitimate; Moscow will not cooperate", "2023-SP", "text",
              "Außenamtssprecherin Maria Sacharowa"),
            S("European Union", "Welcomes the report and wants the mandate extended in October", "2023-09-18",
              "context", "Die Vertreterin der Europäischen Union"),
            S("Germany", "The report shows how closely repression at home and aggression abroad are linked",
              "2023-09-19", "published", "Das Auswärtige Amt erklärte"),
        ],
        ["United Nations", "Russia", "Maria Zakharova", "Ukraine", "European Union", "Germany",
         "Volodymyr Zelensky", "Sergey Lavrov"],
    ),
    doc(
        "b101de05_schadensregister_antraege_2024_04", "2024-04-03", DE05,
        [
            T("Dienstag", "DATE", "2024-04-02"),
            T("Mai vergangenen Jahres", "DATE", "2023-05"),
            T("Mittwoch", "DATE", "2024-04-03", 0),
            T("Mittwoch", "DATE", "2024-04-03", 1),
            T("fünf Jahre", "DURATION", "P5Y"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("März 2022", "DATE", "2022-03"),
            T("kommender Woche", "DATE", "2024-W15"),
        ],
        [
            E("The register of damage opens for claims from Ukrainians via Diia", "COOPERATE", ["Ukraine"],
              "2024-04-02", "text", "occurred", "können ihre Verluste seit Dienstag",
              note="the register is a Council of Europe body; Russia is the state to be held liable"),
            E("Restoring Justice for Ukraine conference in The Hague", "CONSULT",
              ["Ukraine", "European Union", "Germany"], "2024-04-02", "context", "occurred", "Den Startschuss gaben"),
            E("Register of damage founded at the Council of Europe summit in Reykjavík", "AGREE",
              ["European Union", "Ukraine", "Russia"], "2023-05", "text", "occurred", "Das Register war im Mai"),
            E("Kuleba demands that frozen Russian state assets be used for compensation", "REQUEST",
              ["Ukraine", "Russia"], "2024-04-02", "context", "occurred", "Er forderte, die im Westen eingefrorenen"),
            E("Reynders calls for a claims commission and a compensation fund", "REQUEST",
              ["European Union", "Russia"], "2024-04-02", "context", "occurred", "EU-Justizkommissar Didier Reynders"),
            E("Buschmann promises German participation in the negotiations on a claims commission", "AGREE",
              ["Germany"], "2024-04-02", "context", "occurred", "Buschmann (FDP) sicherte zu"),
            E("Zakharova calls the register legally void", "REJECT", ["Maria Zakharova"], "2024-04-03", "text",
              "occurred", "nannte das Register am Mittwoch"),
            E("Zakharova: any attempt to touch Russian property will not go unanswered", "THREATEN",
              ["Maria Zakharova"], "2024-04-03", "context", "occurred", "Jeder Versuch, russisches Eigentum"),
            E("NATO foreign ministers meet in Brussels", "CONSULT", ["NATO"], "2024-04-03", "text", "planned",
              "In Brüssel beraten ab Mittwoch"),
            E("Stoltenberg proposes a five-year, 100-billion-euro military aid commitment to Ukraine", "REQUEST",
              ["Jens Stoltenberg", "NATO", "Ukraine"], "2024-04-03", "context", "planned",
              "Generalsekretär Jens Stoltenberg will ihnen vorschlagen"),
            E("Renewed heavy Russian attacks on Ukraine's energy facilities", "ASSAULT", ["Russia", "Ukraine"],
              "2024-04-03", "published", "occurred", "Die Ukraine meldete unterdessen"),
        ],
        [
            S("Ukraine", "Kuleba: a first step so that Russia pays for every destroyed home", "2024-04-02", "context",
              "Der ukrainische Außenminister Dmytro Kuleba sprach"),
            S("Ukraine", "Kuleba: frozen Russian state assets should be used for compensation", "2024-04-02",
              "context", "Er forderte, die im Westen eingefrorenen"),
            S("European Union", "Reynders: a register is not enough, a claims commission and a fund are needed",
              "2024-04-02", "context", "EU-Justizkommissar Didier Reynders"),
            S("Germany", "Buschmann: Germany will take part in negotiations on a claims commission", "2024-04-02",
              "context", "Buschmann (FDP) sicherte zu"),
            S("Maria Zakharova", "The register is legally void", "2024-04-03", "text", "nannte das Register am Mittwoch"),
            S("Maria Zakharova", "Touching Russian property is theft and will not go unanswered", "2024-04-03",
              "context", "Jeder Versuch, russisches Eigentum"),
            S("Ukraine", "Reports renewed heavy Russian attacks on energy facilities", "2024-04-03", "published",
              "Die Ukraine meldete unterdessen"),
        ],
        ["Ukraine", "Russia", "European Union", "Germany", "Maria Zakharova", "NATO", "Jens Stoltenberg"],
    ),
    doc(
        "b101de06_untersuchungskommission_verschwindenlassen_2025_03", "2025-03-19", DE06,
        [
            T("Dienstag", "DATE", "2025-03-18"),
            T("Monate", "DURATION", "PXM"),
            T("März 2022", "DATE", "2022-03"),
            T("Februar", "DATE", "2025-02"),
            T("selben Nachmittag", "TIME", "2025-03-18TAF"),
            T("rund zweieinhalb Stunden", "DURATION", "PT2H30M", mod="APPROX"),
            T("30 Tage", "DURATION", "P30D"),
            T("Mittwoch", "DATE", "2025-03-19", 0),
            T("der Nacht", "TIME", "2025-03-18TNI", note="the night after the call, to Wednesday 19 March"),
            T("Mittwoch", "DATE", "2025-03-19", 1),
            T("vergangenen Jahr", "DATE", "2024"),
            T("jeden ersten Donnerstag im Monat", "SET", "P1M", note="first Thursday of every month"),
        ],
        [
            E("Commission of inquiry: enforced disappearances and torture by Russia are crimes against humanity",
              "ACCUSE", ["United Nations", "Russia"], "2025-03-18", "text", "occurred",
              "sagte der Vorsitzende Erik Møse am Dienstag"),
            E("Russia denies the commission any access since March 2022", "REJECT", ["Russia", "United Nations"],
              "2022-03", "text", "occurred", "Russland verweigert der Kommission", date_mod="START"),
            E("Gatilov dismisses the report as falsifications and leaves the room", "REJECT",
              ["Russia", "United Nations"], "2025-03-18", "context", "occurred", "Sammlung von Fälschungen"),
            E("Ukraine demands a special tribunal for those responsible", "REQUEST", ["Ukraine", "Russia"],
              "2025-03-18", "context", "occurred", "Marjana Betsa forderte"),
            E("The United States withdraws from the Human Rights Council on Trump's order", "SANCTION",
              ["United States", "Donald Trump", "United Nations"], "2025-02", "text", "occurred",
              "die sich im Februar auf Anordnung"),
            E("Trump–Putin phone call", "CONSULT", ["Donald Trump", "Vladimir Putin"], "2025-03-18TAF", "text",
              "occurred", "Am selben Nachmittag telefonierte Trump"),
            E("Putin agrees to pause strikes on Ukraine's energy infrastructure for 30 days", "AGREE",
              ["Vladimir Putin", "Donald Trump", "Ukraine"], "2025-03-18", "context", "occurred",
              "Putin stimmte nach Kremlangaben zu"),
            E("Putin rejects a comprehensive ceasefire", "REJECT", ["Vladimir Putin", "Donald Trump"], "2025-03-18",
              "context", "occurred", "Eine umfassende Waffenruhe lehnte er ab"),
            E("Putin's condition: an end to Western weapons and intelligence for Ukraine", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "2025-03-18", "context", "occurred", "Eine umfassende Waffenruhe lehnte er ab"),
            E("Exchange of 175 prisoners each", "CONCEDE", ["Russia", "Ukraine"], "2025-03-19", "text", "planned",
              "je 175 Gefangene austauschen"),
            E("Zelensky ready for a pause in strikes on energy facilities", "AGREE", ["Volodymyr Zelensky", "Russia"],
              "2025-03-19", "published", "occurred", "erklärte sich zu einer Pause"),
            E("Zelensky accuses Moscow of drone attacks on hospitals in Sloviansk", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2025-03-19", "published", "occurred", "Zugleich warf er Moskau vor"),
            E("Russian drone attack on hospitals in Sloviansk", "ASSAULT", ["Russia", "Ukraine"], "2025-03-18TNI",
              "text", "occurred", "Zugleich warf er Moskau vor"),
            E("Zelensky to meet Stubb in Helsinki", "CONSULT", ["Volodymyr Zelensky", "Alexander Stubb"], "2025-03-19",
              "text", "planned", "Am Mittwoch will er in Helsinki"),
        ],
        [
            S("United Nations", "Møse: disappearances and torture follow a coordinated policy of the Russian state",
              "2025-03-18", "text", "sagte der Vorsitzende Erik Møse am Dienstag"),
            S("United Nations", "Findings based on more than 1,000 interviews; victims held for months", "2025-03-18",
              "context", "mehr als 1.000 Befragungen"),
            S("Russia", "Gatilov: the report is a collection of falsifications", "2025-03-18", "context",
              "Sammlung von Fälschungen"),
            S("Ukraine", "Betsa: those responsible must face a special tribunal", "2025-03-18", "context",
              "Marjana Betsa forderte"),
            S("Vladimir Putin, via Kremlin", "Agrees to suspend strikes on energy infrastructure for 30 days",
              "2025-03-18", "context", "Putin stimmte nach Kremlangaben zu"),
            S("Vladimir Putin, via Kremlin", "No comprehensive ceasefire while the West arms Ukraine", "2025-03-18",
              "context", "Eine umfassende Waffenruhe lehnte er ab"),
            S("White House", "A first step towards a lasting peace", "2025-03-18", "context",
              "Das Weiße Haus sprach"),
            S("Volodymyr Zelensky", "Ready for a pause in strikes on energy facilities", "2025-03-19", "published",
              "erklärte sich zu einer Pause"),
            S("Volodymyr Zelensky", "Moscow attacked hospitals in Sloviansk with drones in the night", "2025-03-19",
              "published", "Zugleich warf er Moskau vor"),
        ],
        ["United Nations", "Russia", "Ukraine", "United States", "Donald Trump", "Vladimir Putin", "Kremlin",
         "White House", "Volodymyr Zelensky", "Alexander Stubb"],
    ),
]
