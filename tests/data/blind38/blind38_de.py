"""German articles of the blind38 set (fictionalised; written and annotated blind to the extraction code)."""

from build import E, S, T

# ---------------------------------------------------------------- b38de01 (Westfälische Nachrichten)
DE01 = """
G7 im Friedenssaal: Außenminister sagen der Ukraine Hilfe für den Winter zu

Münster. Die Außenminister der G7-Staaten haben der Ukraine zum Abschluss ihres zweitägigen Treffens in Münster Hilfe beim Schutz ihrer Energieversorgung über den Winter zugesagt.
Die Gruppe werde einen Mechanismus einrichten, der die Reparatur von Strom-, Wärme- und Wassernetzen koordiniert, sagte Bundesaußenministerin Annalena Baerbock (Grüne) am Freitagnachmittag im Historischen Rathaus.
Russland setze gezielt „Hunger und Kälte als Waffe“ ein, sagte die Gastgeberin.

In ihrer Abschlusserklärung verurteilen die Minister die „unverantwortliche nukleare Rhetorik“ Moskaus und fordern Russland auf, seine Truppen vollständig aus der Ukraine abzuziehen.
Die Annexion von vier ukrainischen Gebieten nach den Scheinreferenden Ende September würden die G7 „niemals anerkennen“, heißt es in dem Papier.
Den Iran fordern die Minister auf, keine weiteren Drohnen an Russland zu liefern.
Die Erklärung trägt neben Baerbocks Unterschrift die von US-Außenminister Antony Blinken, des Briten James Cleverly und der Französin Catherine Colonna; auch der EU-Außenbeauftragte Josep Borrell stimmte zu.

Am Freitagmorgen stieß der ukrainische Außenminister Dmytro Kuleba zu den Beratungen hinzu.
Er bat um weitere Flugabwehrsysteme und um Transformatoren: „Jeder Generator, der uns erreicht, rettet Leben.“
Blinken sagte am Rande des Treffens, Washington werde der Ukraine beistehen, „solange es nötig ist“, und warf Moskau vor, die Zivilbevölkerung bewusst frieren zu lassen.
Mit Baerbock war er bereits am Donnerstagabend zu einem Gespräch unter vier Augen zusammengekommen.

Zeitgleich reiste Bundeskanzler Olaf Scholz (SPD) am Freitag für elf Stunden nach Peking.
Chinas Staatschef Xi Jinping sprach sich dort nach chinesischen Angaben gegen die Androhung oder den Einsatz von Atomwaffen aus.
In Münster hätten sich die Minister auch über den Umgang mit China abgestimmt, hieß es aus Delegationskreisen.

Aus Moskau kam scharfe Kritik.
Außenamtssprecherin Maria Sacharowa nannte die G7 einen „Klub, der von Frieden redet und Waffen schickt“.
Russland hatte am Mittwoch angekündigt, sich wieder an dem von der Türkei und den Vereinten Nationen vermittelten Getreideabkommen zu beteiligen, das es am Wochenende zuvor ausgesetzt hatte.
Ob Kremlchef Wladimir Putin zum G20-Gipfel am 15. und 16. November auf Bali reist, ist weiter offen.

In Münster selbst sorgte das Treffen auch für Ärger.
Für die Beratungen im Friedenssaal, in dem 1648 der Westfälische Frieden besiegelt wurde, war das Ratskreuz aus dem Jahr 1540 abgehängt worden, ohne dass Oberbürgermeister Markus Lewe (CDU) davon wusste.
Das Auswärtige Amt bedauerte den Vorgang am Freitag ausdrücklich.
Rund 2000 Polizistinnen und Polizisten sicherten die Altstadt, der Prinzipalmarkt war zwei Tage lang weitgehend gesperrt.
"""

# ---------------------------------------------------------------- b38de02 (Südwest Presse)
DE02 = """
Überraschungsbesuch: Biden zeigt sich in Kiew an Selenskyjs Seite

Kiew. Wenige Tage vor dem ersten Jahrestag des russischen Überfalls ist US-Präsident Joe Biden überraschend in die ukrainische Hauptstadt gereist.
Biden traf am Montagmorgen mit einem Sonderzug aus Polen ein und wurde von Präsident Wolodymyr Selenskyj im Marienpalast empfangen.
Während des gut fünfstündigen Aufenthalts kündigte er weitere Militärhilfe im Wert von einer halben Milliarde Dollar an, darunter Artilleriemunition, Panzerabwehrwaffen und Radargeräte für die Luftverteidigung.
„Ein Jahr später steht Kiew, die Ukraine steht, die Demokratie steht“, sagte Biden.

Als die beiden Präsidenten zum Michaelskloster gingen, heulten in der Stadt die Sirenen.
Selenskyj sprach von einem „äußerst wichtigen Zeichen der Unterstützung“ und bat erneut um Waffen mit größerer Reichweite.
Auch über Kampfflugzeuge sei gesprochen worden, sagte er, ohne Einzelheiten zu nennen.
Biden kündigte zudem an, im Laufe der Woche gemeinsam mit den Verbündeten neue Sanktionen gegen Eliten und Unternehmen zu verhängen, die Russlands Kriegsmaschinerie am Laufen halten.
Die USA haben der Ukraine seit Kriegsbeginn Waffen im Wert von mehr als 30 Milliarden Dollar zugesagt.

Der Nationale Sicherheitsberater Jake Sullivan sagte, Washington habe Moskau am Sonntag, wenige Stunden vor Bidens Abflug, über die Reise informiert, um Missverständnisse zu vermeiden.
Kremlsprecher Dmitri Peskow bestätigte das am Montag, wollte den Besuch aber nicht weiter kommentieren.
Der frühere Präsident Dmitri Medwedew schrieb auf Telegram, Biden habe Kiew „Waffen und Treueschwüre“ gebracht, Russland werde darauf eine Antwort finden.

Kremlchef Wladimir Putin will am Dienstagmittag in Moskau seine lange erwartete Rede an die Föderalversammlung halten.
Am Mittwoch wird Chinas oberster Außenpolitiker Wang Yi in Moskau erwartet.
US-Außenminister Antony Blinken hatte ihn bei einem Treffen am Samstag in München davor gewarnt, Russland mit Waffen zu beliefern; dies hätte „ernste Konsequenzen“ für Peking.

Biden reist von Kiew weiter nach Warschau, wo er am Dienstag mit Präsident Andrzej Duda zusammentrifft und eine Rede halten will.
Auch Italiens Ministerpräsidentin Giorgia Meloni wird am Dienstag in Kiew erwartet.
Selenskyj und Biden waren zuletzt im Dezember in Washington zusammengetroffen, bei Selenskyjs erster Auslandsreise seit Kriegsbeginn.

In der Region wird der Jahrestag ebenfalls begangen.
Der Verein der Ukrainer in Ulm und Neu-Ulm lädt für Freitagabend zu einer Mahnwache vor dem Ulmer Rathaus ein.
Nach Angaben der Stadt leben derzeit rund 2300 Geflüchtete aus der Ukraine in Ulm.
"""

# ---------------------------------------------------------------- b38de03 (Volksstimme)
DE03 = """
Putin in St. Petersburg: „Die ganze Ukraine gehört uns“

St. Petersburg/Magdeburg. Kremlchef Wladimir Putin hat beim Internationalen Wirtschaftsforum in St. Petersburg offen Anspruch auf die gesamte Ukraine erhoben.
„Russen und Ukrainer sind ein Volk, in diesem Sinne gehört die ganze Ukraine uns“, sagte Putin am Freitag bei der Plenarsitzung des Forums.
Wo ein russischer Soldat seinen Fuß hinsetze, sei russisches Land, fügte er unter Berufung auf ein „altes Sprichwort“ hinzu.

Zugleich zeigte sich Putin zu einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Selenskyj bereit, allerdings nur „in der Schlussphase“, um ein fertiges Abkommen zu unterzeichnen.
Selenskyjs Legitimität zweifelte er erneut an, weil in der Ukraine keine Wahlen stattgefunden hätten.
Die Aufrüstungspläne der Nato, die ihre Verteidigungsausgaben auf fünf Prozent der Wirtschaftsleistung steigern will, seien dagegen „keine Bedrohung“ für Russland.
Auf dem Podium saß neben Putin Indonesiens Präsident Prabowo Subianto, mit dem er bereits am Donnerstag eine Erklärung über eine strategische Partnerschaft unterzeichnet hatte.

Eine dritte Runde direkter Gespräche mit Kiew in Istanbul sei möglich, der Termin müsse aber noch abgestimmt werden, sagte Putin.
Bei der ersten Runde am 16. Mai hatten beide Seiten den Austausch von je 1000 Gefangenen vereinbart.
Am 2. Juni einigten sie sich auf die Rückgabe von jeweils 6000 Gefallenen, eine Waffenruhe lehnte die russische Delegation unter Wladimir Medinski aber erneut ab.

Putins Worte zeigten, dass Moskau nicht an Frieden interessiert sei, sondern die ganze Ukraine erobern wolle, sagte Selenskyj am Freitagabend in seiner Videoansprache.
Außenminister Andrij Sybiha forderte die Partner auf, den Druck auf Russland mit neuen Sanktionen zu erhöhen.
Das 18. Sanktionspaket der EU hängt allerdings fest, weil die Slowakei ihre Zustimmung verweigert.
Die Staats- und Regierungschefs der EU wollen am Donnerstag in Brüssel erneut darüber beraten.

Bundeskanzler Friedrich Merz sagte am Freitag in Berlin, Putin spiele auf Zeit; Europa werde die Ukraine weiter unterstützen.
US-Präsident Donald Trump hatte am Mittwoch berichtet, Putin habe ihm angeboten, im Konflikt zwischen Israel und dem Iran zu vermitteln.
Er habe geantwortet: „Vermittle erst einmal deinen eigenen.“
Beim Nato-Gipfel in Den Haag am Dienstag und Mittwoch wird Selenskyj zum Abendessen der Staats- und Regierungschefs erwartet.

In Sachsen-Anhalt werden die Nachrichten aus St. Petersburg aufmerksam verfolgt.
Die Raffinerie in Leuna, die bis Ende 2022 russisches Pipelineöl verarbeitete, bezieht ihr Rohöl inzwischen über Danzig und Rostock.
Die Landesregierung in Magdeburg rechnet nach eigenen Angaben nicht damit, dass sich daran in absehbarer Zeit etwas ändert.
"""

# ---------------------------------------------------------------- b38de04 (Puls 24)
DE04 = """
Selenskyj: Wahlen binnen drei Monaten möglich – wenn die Sicherheit garantiert ist

Kiew/Wien – Der ukrainische Präsident Wolodymyr Selenskyj hat sich unter Bedingungen zu einer Präsidentenwahl bereit erklärt.
„Ich bin bereit, Wahlen abzuhalten“, sagte Selenskyj am Dienstagabend in einem Online-Gespräch mit Journalisten.
Die USA und die europäischen Partner müssten aber gemeinsam für die Sicherheit der Abstimmung sorgen, dann könne die Ukraine innerhalb von drei Monaten wählen.
Er habe die Abgeordneten seiner Partei gebeten, Vorschläge für eine Änderung der Gesetze vorzulegen, die Wahlen unter Kriegsrecht bislang verbieten.

Selenskyj reagierte damit auf US-Präsident Donald Trump, der der Ukraine in einem am Dienstag veröffentlichten Interview mit dem Magazin „Politico“ vorgeworfen hatte, den Krieg als Vorwand zu nutzen, um keine Wahlen abhalten zu müssen.
Trump hatte die Europäer in dem Gespräch zudem als „schwach“ bezeichnet und Selenskyj aufgefordert, den amerikanischen Friedensplan endlich zu akzeptieren.
Der überarbeitete Plan soll nach Selenskyjs Worten noch am Mittwoch an Washington übermittelt werden.
Er umfasst nach ukrainischen Angaben 20 Punkte, die Frage der Gebiete im Donbass sei aber weiter offen.

Am Montag hatte Selenskyj in London mit dem britischen Premier Keir Starmer, Frankreichs Präsident Emmanuel Macron und Bundeskanzler Friedrich Merz über den Plan beraten.
Am Dienstag traf er in Rom Ministerpräsidentin Giorgia Meloni, anschließend empfing ihn Papst Leo XIV. in Castel Gandolfo.

Im Kreml stießen Selenskyjs Worte auf Skepsis.
Kreml-Sprecher Dmitri Peskow sagte am Mittwoch, Wahlen seien eine innere Angelegenheit der Ukraine, Moskau zweifle aber weiter an der Legitimität der Führung in Kiew.
Kreml-Chef Wladimir Putin hatte zuletzt erklärt, ein Abkommen könne nur mit einer „legitimen“ ukrainischen Führung unterzeichnet werden.
US-Sondergesandter Steve Witkoff und Trumps Schwiegersohn Jared Kushner waren vergangene Woche rund fünf Stunden bei Putin im Kreml gewesen, ohne dass ein Durchbruch erzielt wurde.

In der Nacht auf Mittwoch griff Russland die Ukraine nach Angaben der ukrainischen Luftwaffe mit mehr als 100 Drohnen an, in der Region Sumy wurde ein Mensch getötet.

Österreichs Außenministerin Beate Meinl-Reisinger (Neos) bot in Wien an, eine Wahl in der Ukraine mit internationalen Beobachtern zu unterstützen.
Die OSZE mit ihrem Sitz in Wien müsse dabei eine zentrale Rolle spielen, sagte sie.
Heuer hat Österreich der Ukraine nach Angaben des Außenministeriums rund 80 Millionen Euro an humanitärer Hilfe zur Verfügung gestellt.
"""

# ---------------------------------------------------------------- b38de05 (Rhein-Zeitung)
DE05 = """
Europa tagt im Schatten des Ararat: Selenskyj wirbt in Eriwan für Härte gegen Moskau

Eriwan/Koblenz. Erstmals hat die Europäische Politische Gemeinschaft (EPG) im Südkaukasus getagt, und wieder bestimmte der Krieg in der Ukraine das Treffen.
Rund 45 Staats- und Regierungschefs kamen am Montag auf Einladung von Armeniens Regierungschef Nikol Paschinjan in Eriwan zusammen, Russland und Belarus waren wie bei allen bisherigen Gipfeln nicht eingeladen.
Der ukrainische Präsident Wolodymyr Selenskyj reiste persönlich an und traf Paschinjan vor Beginn des Gipfels zu einem Gespräch unter vier Augen.

In seiner Rede forderte Selenskyj die Europäer auf, Russland mit einem vollständigen Öl- und Gasembargo „die letzten Einnahmequellen“ zu nehmen.
Moskau habe die im März vereinbarte Feuerpause für Energieanlagen seit dem orthodoxen Osterfest in jeder Nacht gebrochen, sagte er.

Am Rande trafen Bundeskanzler Friedrich Merz, Frankreichs Präsident Emmanuel Macron, der britische Premier Keir Starmer, Italiens Ministerpräsidentin Giorgia Meloni und Polens Regierungschef Donald Tusk mit Selenskyj zusammen.
Die fünf verlangten anschließend in einer gemeinsamen Erklärung von Russland, einer 30-tägigen bedingungslosen Waffenruhe zuzustimmen, und drohten andernfalls mit „massiven“ neuen Sanktionen.
Merz, Macron und Starmer wollten noch am Abend gemeinsam mit US-Präsident Donald Trump telefonieren.
EU-Kommissionspräsidentin Ursula von der Leyen kündigte an, in den kommenden Wochen ein 21. Sanktionspaket vorzuschlagen, das auch Häfen in Drittstaaten treffen soll.

Merz sagte, Deutschland werde der Ukraine bis zum Sommer zwei weitere Iris-T-Systeme und ein Patriot-System liefern.
Die Verträge dafür hat das Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr in Koblenz nach Angaben einer Sprecherin bereits im April unterzeichnet.
In dem Amt auf dem Koblenzer Rheinufer arbeitet seit dem vergangenen Jahr eine eigene Abteilung nur für Beschaffungen zugunsten der Ukraine.

Moskau reagierte gereizt.
Außenamtssprecherin Maria Sacharowa warf Armenien vor, sich für eine „antirussische Versammlung“ herzugeben, und erinnerte Eriwan an seine Pflichten in der Eurasischen Wirtschaftsunion.
Kremlsprecher Dmitri Peskow sagte, Präsident Wladimir Putin werde Paschinjan Ende Mai beim Gipfel der Wirtschaftsunion in Minsk treffen.
Eine 30-tägige Waffenruhe lehnte Peskow erneut ab, weil sie Kiew nur eine Atempause zur Aufrüstung verschaffe.

In der Nacht zum Montag hatte Russland die Ukraine nach Angaben der ukrainischen Luftwaffe mit 160 Drohnen angegriffen, in Saporischschja wurden zwei Menschen getötet.
Das nächste Treffen der EPG ist für den Herbst in Irland geplant.
"""

# ---------------------------------------------------------------- b38de06 (Allgemeine Zeitung, Windhoek)
DE06 = """
Russland-Afrika-Gipfel: Putin verspricht Getreide, Windhoek setzt auf Neutralität

Windhoek/Addis Abeba. Mit dem Versprechen kostenloser Getreide- und Düngerlieferungen hat Russlands Präsident Wladimir Putin um die Gunst afrikanischer Staaten geworben.
Zum Abschluss des dritten Russland-Afrika-Gipfels in der äthiopischen Hauptstadt sagte Putin am Mittwoch, Russland werde in den kommenden zwölf Monaten insgesamt 300.000 Tonnen Weizen und Dünger an acht Länder verschenken, darunter Namibia.
Der zweitägige Gipfel war der erste auf afrikanischem Boden; Gastgeber waren Äthiopiens Premierminister Abiy Ahmed und die Afrikanische Union.

In ihrer Abschlusserklärung sprechen sich die Teilnehmer für einen „gerechten und dauerhaften Frieden“ in der Ukraine aus, ohne Russland als Angreifer zu nennen, und lehnen „einseitige Sanktionen“ ab.
Der Vorsitzende der AU-Kommission, Mahmoud Ali Youssouf, rief Russland und die Ukraine auf, sich noch vor dem Winter auf eine Waffenruhe zu verständigen.
Putin sagte, Moskau sei zu Verhandlungen bereit, diese müssten aber „die Realitäten vor Ort“ anerkennen; die Schuld an dem Konflikt gab er erneut dem Westen.
Außenminister Sergej Lawrow traf am Rande mehr als 20 afrikanische Amtskollegen.

Staatspräsidentin Netumbo Nandi-Ndaitwah kam am Dienstag zu einem bilateralen Gespräch mit Putin zusammen.
Namibia trete für ein rasches Ende des Krieges ein und werde sich „keinem Lager anschließen“, sagte sie nach dem Treffen vor namibischen Journalisten.
Windhoek hatte sich bei den meisten Abstimmungen der UN-Vollversammlung über den Krieg enthalten.

Kiew bemüht sich seit Monaten um ein Gegengewicht.
Der ukrainische Außenminister Andrij Sybiha hatte im September Windhoek besucht und dort um Unterstützung für die ukrainische Friedensformel geworben.
Vergangene Woche traf zudem ein Schiff mit 25.000 Tonnen ukrainischem Weizen aus dem Programm „Grain from Ukraine“ in Walvis Bay ein.
Präsident Wolodymyr Selenskyj nannte den Gipfel am Mittwochabend eine „Bühne für Propaganda“ und warf Moskau vor, Hunger als Druckmittel einzusetzen.

Kremlsprecher Dmitri Peskow sprach von einem „großen Erfolg“, der nächste Gipfel solle 2029 in Russland stattfinden.
Die EU-Außenbeauftragte Kaja Kallas warnte afrikanische Regierungen davor, sich von Moskaus „Geschenken“ abhängig zu machen.
In Windhoek reagierte die Opposition gespalten: Während die Regierungspartei Swapo die Lieferungen begrüßte, warnten Oppositionsabgeordnete im Parlament vor einer zu großen Nähe zu Moskau.
Der Weizen aus Russland soll nach Angaben des Landwirtschaftsministeriums ab Januar über Walvis Bay eintreffen.
"""


def doc(id, published, body, timexes, events, statements, actors, basis=None):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors, published_basis=basis)


G7 = ["Germany", "United States", "United Kingdom", "France", "European Union"]
G7_JOINT = "Joint statement: Germany, United States, United Kingdom, France, European Union"
FIVE = ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni", "Donald Tusk"]

DOCS = [
    doc(
        "b38de01_g7_muenster_friedenssaal_2022_11", "2022-11-05", DE01,
        [
            T("den Winter", "DATE", "2022-WI", 0),
            T("zweitägigen", "DURATION", "P2D"),
            T("den Winter", "DATE", "2022-WI", 1),
            T("Freitagnachmittag", "TIME", "2022-11-04TAF"),
            T("Ende September", "DATE", "2022-09", mod="END"),
            T("Freitagmorgen", "TIME", "2022-11-04TMO"),
            T("Donnerstagabend", "TIME", "2022-11-03TEV"),
            T("Freitag", "DATE", "2022-11-04", 0),
            T("elf Stunden", "DURATION", "PT11H"),
            T("Mittwoch", "DATE", "2022-11-02"),
            T("Wochenende", "DATE", "2022-W43-WE", note="the weekend before Wednesday 2 November (29–30 October)"),
            T("15.", "DATE", "2022-11-15"),
            T("16. November", "DATE", "2022-11-16"),
            T("1648", "DATE", "1648"),
            T("Jahr 1540", "DATE", "1540"),
            T("Freitag", "DATE", "2022-11-04", 1),
            T("zwei Tage", "DURATION", "P2D"),
        ],
        [
            E("G7 foreign ministers meet in Münster", "CONSULT", G7, "2022-11-04", "context", "occurred",
              "zum Abschluss ihres zweitägigen Treffens",
              note="meeting of 3–4 November 2022, dated by its closing day (Friday afternoon in the next sentence)"),
            E("G7 promises Ukraine help to protect its energy supply over the winter", "AGREE", G7 + ["Ukraine"],
              "2022-11-04", "context", "occurred", "zum Abschluss ihres zweitägigen Treffens"),
            E("G7 to set up a mechanism coordinating repairs of Ukraine's power, heating and water networks",
              "COOPERATE", G7 + ["Ukraine"], "2022-11-05", "published", "planned", "einen Mechanismus einrichten",
              note="announced on Friday 4 November; no date for the mechanism itself"),
            E("Baerbock accuses Russia of using hunger and cold as a weapon", "ACCUSE", ["Germany", "Russia"],
              "2022-11-04TAF", "context", "occurred", "Hunger und Kälte als Waffe"),
            E("G7 condemns Moscow's irresponsible nuclear rhetoric", "ACCUSE", G7 + ["Russia"], "2022-11-04",
              "context", "occurred", "unverantwortliche nukleare Rhetorik"),
            E("G7 demands that Russia withdraw all its troops from Ukraine", "REQUEST", G7 + ["Russia"],
              "2022-11-04", "context", "occurred", "unverantwortliche nukleare Rhetorik"),
            E("G7 will never recognise the annexation of four Ukrainian regions", "REJECT", G7 + ["Russia"],
              "2022-11-04", "context", "occurred", "niemals anerkennen"),
            E("Russia annexes four Ukrainian regions", "COERCE", ["Russia", "Ukraine"], "2022-09", "context",
              "occurred", "niemals anerkennen", date_mod="END", note="treaties signed on 30 September 2022"),
            E("Sham referendums in four occupied regions", "COERCE", ["Russia", "Ukraine"], "2022-09", "text",
              "occurred", "niemals anerkennen", date_mod="END", note="23–27 September 2022"),
            E("G7 calls on Iran to stop supplying drones to Russia", "REQUEST", G7, "2022-11-04", "context",
              "occurred", "Den Iran fordern", note="Iran is not canonical; Russia is the recipient, not a party"),
            E("G7 ministers and the EU adopt the final declaration", "AGREE", G7, "2022-11-04", "context",
              "occurred", "Die Erklärung trägt"),
            E("Kuleba joins the G7 talks", "CONSULT", ["Ukraine"] + G7, "2022-11-04TMO", "text", "occurred",
              "Am Freitagmorgen stieß"),
            E("Kuleba asks for more air defence and transformers", "REQUEST", ["Ukraine"] + G7, "2022-11-04TMO",
              "context", "occurred", "Er bat um weitere"),
            E("Blinken promises to stand by Ukraine as long as necessary", "AGREE", ["Antony Blinken", "Ukraine"],
              "2022-11-04", "context", "occurred", "Blinken sagte am Rande",
              note="remark on the sidelines of the 3–4 November meeting"),
            E("Blinken accuses Moscow of deliberately letting civilians freeze", "ACCUSE",
              ["Antony Blinken", "Russia"], "2022-11-04", "context", "occurred", "Blinken sagte am Rande"),
            E("Blinken and Baerbock meet one-on-one", "CONSULT", ["Antony Blinken", "Germany"], "2022-11-03TEV",
              "text", "occurred", "Mit Baerbock war er bereits"),
            E("Scholz travels to Beijing for talks with Xi", "CONSULT", ["Olaf Scholz", "Xi Jinping", "China"],
              "2022-11-04", "text", "occurred", "Zeitgleich reiste Bundeskanzler"),
            E("Xi speaks out against the threat or use of nuclear weapons", "REQUEST", ["Xi Jinping"],
              "2022-11-04", "context", "occurred", "gegen die Androhung"),
            E("Zakharova calls the G7 a club that talks of peace and sends weapons", "ACCUSE",
              ["Maria Zakharova"] + G7, "2022-11-05", "published", "occurred", "Klub, der von Frieden redet"),
            E("Russia announces it will rejoin the Black Sea grain deal", "AGREE",
              ["Russia", "Ukraine", "Turkey", "United Nations"], "2022-11-02", "text", "occurred",
              "sich wieder an dem von der Türkei"),
            E("Russia suspends its participation in the grain deal", "SANCTION", ["Russia", "Ukraine"],
              "2022-W43-WE", "text", "occurred", "sich wieder an dem von der Türkei",
              note="suspension announced on 29 October 2022"),
            E("Putin's attendance at the G20 summit in Bali undecided", "CONSULT", ["Vladimir Putin"], "2022-11-15",
              "text", "uncertain", "Ob Kremlchef Wladimir Putin", note="summit of 15–16 November 2022"),
        ],
        [
            S("Germany", "Baerbock: the G7 will set up a mechanism to coordinate repairs of Ukraine's power, heating "
              "and water networks", "2022-11-04TAF", "text", "einen Mechanismus einrichten"),
            S("Germany", "Baerbock: Russia deliberately uses hunger and cold as a weapon", "2022-11-04TAF", "context",
              "Hunger und Kälte als Waffe"),
            S(G7_JOINT, "Condemn Moscow's irresponsible nuclear rhetoric and demand a full Russian withdrawal",
              "2022-11-04", "context", "unverantwortliche nukleare Rhetorik"),
            S(G7_JOINT, "Will never recognise the annexation of four Ukrainian regions", "2022-11-04", "context",
              "niemals anerkennen"),
            S(G7_JOINT, "Iran must stop delivering drones to Russia", "2022-11-04", "context", "Den Iran fordern"),
            S("Ukraine", "Kuleba asks for air defence and transformers: every generator saves lives",
              "2022-11-04TMO", "context", "Er bat um weitere"),
            S("Antony Blinken", "Washington will stand by Ukraine as long as necessary; Moscow lets civilians freeze",
              "2022-11-04", "context", "Blinken sagte am Rande"),
            S("Xi Jinping, via China", "Opposes the threat or use of nuclear weapons", "2022-11-04", "context",
              "gegen die Androhung"),
            S("Russia", "Sharp criticism of the G7 from Moscow", "2022-11-05", "published",
              "Aus Moskau kam scharfe Kritik"),
            S("Maria Zakharova", "The G7 is a club that talks of peace and sends weapons", "2022-11-05", "published",
              "Klub, der von Frieden redet"),
            S("Russia", "Announces it will take part in the grain deal again", "2022-11-02", "text",
              "sich wieder an dem von der Türkei"),
            S("Germany", "The Foreign Office expressly regrets the removal of the cross", "2022-11-04", "text",
              "Das Auswärtige Amt bedauerte"),
        ],
        ["Germany", "Ukraine", "Russia", "United States", "Antony Blinken", "United Kingdom", "France",
         "European Union", "Olaf Scholz", "Xi Jinping", "China", "Maria Zakharova", "Turkey", "United Nations",
         "Vladimir Putin", "Kremlin"],
        "Print edition of Saturday 5 November 2022 on the G7 foreign ministers' meeting of 3–4 November in Münster.",
    ),
    doc(
        "b38de02_biden_kiew_ueberraschungsbesuch_2023_02", "2023-02-21", DE02,
        [
            T("Montagmorgen", "TIME", "2023-02-20TMO"),
            T("gut fünfstündigen", "DURATION", "PT5H", mod="APPROX"),
            T("der Woche", "DATE", "2023-W08"),
            T("Sonntag", "DATE", "2023-02-19"),
            T("Montag", "DATE", "2023-02-20"),
            T("Dienstagmittag", "TIME", "2023-02-21T12:00", note="Moscow time"),
            T("Mittwoch", "DATE", "2023-02-22"),
            T("Samstag", "DATE", "2023-02-18"),
            T("Dienstag", "DATE", "2023-02-21", 0),
            T("Dienstag", "DATE", "2023-02-21", 1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Dezember", "DATE", "2022-12"),
            T("Freitagabend", "TIME", "2023-02-24TEV"),
            T("derzeit", "DATE", "PRESENT_REF"),
        ],
        [
            E("Biden visits Kyiv and meets Zelensky", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"],
              "2023-02-20TMO", "text", "occurred", "Biden traf am Montagmorgen"),
            E("Biden announces half a billion dollars in further military aid", "AID", ["Joe Biden", "Ukraine"],
              "2023-02-20", "context", "occurred", "halben Milliarde Dollar"),
            E("Zelensky welcomes the visit as an important sign of support", "SUPPORT",
              ["Volodymyr Zelensky", "Joe Biden"], "2023-02-20", "context", "occurred", "äußerst wichtigen Zeichen"),
            E("Zelensky asks again for longer-range weapons", "REQUEST", ["Volodymyr Zelensky", "Joe Biden"],
              "2023-02-20", "context", "occurred", "äußerst wichtigen Zeichen"),
            E("Biden announces new sanctions with the allies later this week", "SANCTION", ["Joe Biden", "Russia"],
              "2023-W08", "text", "planned", "neue Sanktionen gegen Eliten",
              note="the sanctions were announced on 24 February 2023"),
            E("Washington informs Moscow of the trip", "CONSULT", ["United States", "Russia"], "2023-02-19", "text",
              "occurred", "Washington habe Moskau am Sonntag"),
            E("Medvedev: Russia will respond to the weapons Biden brought", "THREATEN", ["Russia", "United States"],
              "2023-02-21", "published", "occurred", "Waffen und Treueschwüre"),
            E("Wang Yi expected in Moscow", "CONSULT", ["China", "Russia"], "2023-02-22", "text", "planned",
              "Am Mittwoch wird Chinas oberster"),
            E("Blinken meets Wang Yi in Munich", "CONSULT", ["Antony Blinken", "China"], "2023-02-18", "text",
              "occurred", "bei einem Treffen am Samstag in München"),
            E("Blinken warns China not to supply Russia with weapons", "REQUEST", ["Antony Blinken", "China"],
              "2023-02-18", "text", "occurred", "bei einem Treffen am Samstag in München"),
            E("Blinken: arms for Russia would have serious consequences for Beijing", "THREATEN",
              ["Antony Blinken", "China"], "2023-02-18", "text", "occurred", "ernste Konsequenzen"),
            E("Biden to meet Duda in Warsaw", "CONSULT", ["Joe Biden", "Poland"], "2023-02-21", "text", "planned",
              "Biden reist von Kiew weiter"),
            E("Meloni expected in Kyiv", "CONSULT", ["Giorgia Meloni", "Ukraine"], "2023-02-21", "text", "planned",
              "Auch Italiens Ministerpräsidentin"),
            E("Zelensky and Biden last met in Washington", "CONSULT", ["Volodymyr Zelensky", "Joe Biden"], "2022-12",
              "text", "occurred", "zuletzt im Dezember", note="21 December 2022"),
        ],
        [
            S("Joe Biden", "Announces further military aid worth half a billion dollars", "2023-02-20", "context",
              "halben Milliarde Dollar"),
            S("Joe Biden", "A year on, Kyiv stands, Ukraine stands, democracy stands", "2023-02-20", "context",
              "Ein Jahr später steht Kiew"),
            S("Volodymyr Zelensky", "The visit is an extremely important sign of support; asks for longer-range "
              "weapons", "2023-02-20", "context", "äußerst wichtigen Zeichen"),
            S("Volodymyr Zelensky", "Fighter jets were also discussed", "2023-02-20", "context",
              "Auch über Kampfflugzeuge"),
            S("Joe Biden", "New sanctions with the allies in the course of the week", "2023-02-20", "context",
              "neue Sanktionen gegen Eliten"),
            S("United States", "Sullivan: Washington informed Moscow on Sunday to avoid misunderstandings",
              "2023-02-21", "published", "Washington habe Moskau am Sonntag"),
            S("Dmitry Peskov", "Confirms Moscow was informed; no further comment", "2023-02-20", "text",
              "Kremlsprecher Dmitri Peskow bestätigte"),
            S("Russia", "Medvedev: Biden brought weapons and vows of loyalty; Russia will respond", "2023-02-21",
              "published", "Waffen und Treueschwüre"),
            S("Antony Blinken", "Arms deliveries to Russia would have serious consequences for Beijing", "2023-02-18",
              "text", "ernste Konsequenzen"),
        ],
        ["Joe Biden", "United States", "Ukraine", "Volodymyr Zelensky", "Russia", "Dmitry Peskov", "Kremlin",
         "Vladimir Putin", "China", "Antony Blinken", "Poland", "Giorgia Meloni"],
        "Print edition of Tuesday 21 February 2023; Biden was in Kyiv on Monday 20 February.",
    ),
    doc(
        "b38de03_putin_spief_ganze_ukraine_2025_06", "2025-06-21", DE03,
        [
            T("Freitag", "DATE", "2025-06-20", 0),
            T("Donnerstag", "DATE", "2025-06-19", 0),
            T("16. Mai", "DATE", "2025-05-16"),
            T("2. Juni", "DATE", "2025-06-02"),
            T("Freitagabend", "TIME", "2025-06-20TEV"),
            T("Donnerstag", "DATE", "2025-06-26", 1),
            T("Freitag", "DATE", "2025-06-20", 1),
            T("Mittwoch", "DATE", "2025-06-18", 0),
            T("Dienstag", "DATE", "2025-06-24"),
            T("Mittwoch", "DATE", "2025-06-25", 1),
            T("Ende 2022", "DATE", "2022", mod="END"),
            T("absehbarer Zeit", "DATE", "FUTURE_REF"),
        ],
        [
            E("Putin lays claim to all of Ukraine", "THREATEN", ["Vladimir Putin", "Ukraine"], "2025-06-20",
              "context", "occurred", "offen Anspruch auf die gesamte Ukraine",
              note="territorial claim ('wherever a Russian soldier steps is ours'); dated by the Friday plenary"),
            E("Putin ready to meet Zelensky", "AGREE", ["Vladimir Putin", "Volodymyr Zelensky"], "2025-06-20",
              "context", "occurred", "Zugleich zeigte sich Putin"),
            E("Putin: a meeting only in the final phase to sign an agreement", "REQUEST",
              ["Vladimir Putin", "Volodymyr Zelensky"], "2025-06-20", "context", "occurred",
              "Zugleich zeigte sich Putin"),
            E("Putin questions Zelensky's legitimacy", "ACCUSE", ["Vladimir Putin", "Volodymyr Zelensky"],
              "2025-06-20", "context", "occurred", "Legitimität zweifelte er"),
            E("Putin and Prabowo sign a strategic partnership declaration", "AGREE", ["Vladimir Putin"],
              "2025-06-19", "text", "occurred", "strategische Partnerschaft",
              note="Indonesia is not canonical"),
            E("Third round of direct Russia–Ukraine talks in Istanbul possible", "CONSULT", ["Russia", "Ukraine"],
              "2025-06-21", "published", "uncertain", "Eine dritte Runde direkter Gespräche",
              note="no date in the text; the third round took place on 23 July 2025"),
            E("First round of Istanbul talks", "CONSULT", ["Russia", "Ukraine"], "2025-05-16", "text", "occurred",
              "Bei der ersten Runde am 16. Mai"),
            E("Exchange of 1,000 prisoners each agreed", "AGREE", ["Russia", "Ukraine"], "2025-05-16", "text",
              "occurred", "Bei der ersten Runde am 16. Mai"),
            E("Second round of Istanbul talks", "CONSULT", ["Russia", "Ukraine"], "2025-06-02", "text", "occurred",
              "Am 2. Juni einigten sie sich"),
            E("Return of 6,000 fallen soldiers each agreed", "AGREE", ["Russia", "Ukraine"], "2025-06-02", "text",
              "occurred", "Am 2. Juni einigten sie sich"),
            E("Russian delegation under Medinsky rejects a ceasefire", "REJECT",
              ["Russia", "Vladimir Medinsky", "Ukraine"], "2025-06-02", "text", "occurred",
              "Am 2. Juni einigten sie sich"),
            E("Zelensky: Moscow wants to conquer all of Ukraine", "ACCUSE", ["Volodymyr Zelensky", "Russia"],
              "2025-06-20TEV", "text", "occurred", "Putins Worte zeigten"),
            E("Sybiha calls on partners to raise pressure on Russia with new sanctions", "REQUEST",
              ["Andrii Sybiha", "Russia"], "2025-06-21", "published", "occurred", "Außenminister Andrij Sybiha forderte"),
            E("18th EU sanctions package blocked by Slovakia", "REJECT", ["European Union"], "2025-06-21",
              "published", "occurred", "Das 18. Sanktionspaket",
              note="Slovakia is not canonical; standing block credited to the EU side"),
            E("EU leaders to discuss the package again in Brussels", "CONSULT", ["European Union"], "2025-06-26",
              "text", "planned", "Die Staats- und Regierungschefs der EU"),
            E("18th sanctions package to be discussed at the EU summit", "SANCTION", ["European Union", "Russia"],
              "2025-06-26", "context", "planned", "Die Staats- und Regierungschefs der EU"),
            E("Merz: Putin is playing for time", "ACCUSE", ["Friedrich Merz", "Vladimir Putin"], "2025-06-20", "text",
              "occurred", "Putin spiele auf Zeit"),
            E("Merz: Europe will keep supporting Ukraine", "AGREE", ["Friedrich Merz", "Ukraine"], "2025-06-20",
              "text", "occurred", "Putin spiele auf Zeit"),
            E("Putin offers to mediate between Israel and Iran", "REQUEST", ["Vladimir Putin", "Donald Trump"],
              "2025-06-18", "context", "occurred", "im Konflikt zwischen Israel",
              note="offer reported by Trump on Wednesday; made in their phone call of 14 June 2025"),
            E("Trump rebuffs the offer", "REJECT", ["Donald Trump", "Vladimir Putin"], "2025-06-18", "context",
              "occurred", "Vermittle erst einmal"),
            E("Trump tells Putin to settle his own war first", "REQUEST", ["Donald Trump", "Vladimir Putin"],
              "2025-06-18", "context", "occurred", "Vermittle erst einmal"),
            E("Zelensky expected at the NATO summit dinner in The Hague", "CONSULT", ["Volodymyr Zelensky", "NATO"],
              "2025-06-24", "text", "planned", "Beim Nato-Gipfel in Den Haag", note="summit of 24–25 June 2025"),
        ],
        [
            S("Vladimir Putin", "Russians and Ukrainians are one people; in that sense all of Ukraine is ours",
              "2025-06-20", "text", "Russen und Ukrainer sind ein Volk"),
            S("Vladimir Putin", "Wherever a Russian soldier sets foot is Russian land", "2025-06-20", "context",
              "Wo ein russischer Soldat"),
            S("Vladimir Putin", "Ready to meet Zelensky, but only in the final phase to sign an agreement",
              "2025-06-20", "context", "Zugleich zeigte sich Putin"),
            S("Vladimir Putin", "Zelensky's legitimacy is in doubt because no elections were held", "2025-06-20",
              "context", "Legitimität zweifelte er"),
            S("Vladimir Putin", "NATO's five-percent plans are no threat to Russia", "2025-06-20", "context",
              "keine Bedrohung"),
            S("Vladimir Putin", "A third round in Istanbul is possible; the date still has to be agreed",
              "2025-06-20", "context", "Eine dritte Runde direkter Gespräche"),
            S("Volodymyr Zelensky", "Putin's words show Moscow wants to conquer all of Ukraine, not peace",
              "2025-06-20TEV", "text", "Putins Worte zeigten"),
            S("Andrii Sybiha", "Partners should raise the pressure on Russia with new sanctions", "2025-06-21",
              "published", "Außenminister Andrij Sybiha forderte"),
            S("Friedrich Merz", "Putin is playing for time; Europe will keep supporting Ukraine", "2025-06-20", "text",
              "Putin spiele auf Zeit"),
            S("Vladimir Putin, via Donald Trump", "Offered to mediate between Israel and Iran", "2025-06-18", "text",
              "im Konflikt zwischen Israel"),
            S("Donald Trump", "Told Putin: mediate your own first", "2025-06-18", "context", "Vermittle erst einmal"),
        ],
        ["Vladimir Putin", "Kremlin", "Ukraine", "Volodymyr Zelensky", "NATO", "Russia", "Vladimir Medinsky",
         "Andrii Sybiha", "European Union", "Friedrich Merz", "Germany", "Donald Trump", "United States"],
        "Saturday edition of 21 June 2025; Putin spoke at the St Petersburg forum plenary on Friday 20 June.",
    ),
    doc(
        "b38de04_selenskyj_wahlen_bereit_2025_12", "2025-12-10", DE04,
        [
            T("drei Monaten", "DURATION", "P3M", 0),
            T("Dienstagabend", "TIME", "2025-12-09TEV"),
            T("drei Monaten", "DURATION", "P3M", 1),
            T("Dienstag", "DATE", "2025-12-09", 0),
            T("Mittwoch", "DATE", "2025-12-10", 0),
            T("Montag", "DATE", "2025-12-08"),
            T("Dienstag", "DATE", "2025-12-09", 1),
            T("Mittwoch", "DATE", "2025-12-10", 1),
            T("zuletzt", "DATE", "PAST_REF"),
            T("vergangene Woche", "DATE", "2025-W49"),
            T("rund fünf Stunden", "DURATION", "PT5H", mod="APPROX"),
            T("der Nacht auf Mittwoch", "TIME", "2025-12-09TNI", note="night of 9 to 10 December"),
            T("Heuer", "DATE", "2025"),
        ],
        [
            E("Zelensky declares himself ready to hold elections", "AGREE", ["Volodymyr Zelensky"],
              "2025-12-09TEV", "text", "occurred", "Ich bin bereit, Wahlen abzuhalten"),
            E("Zelensky: the US and Europe must guarantee the security of the vote", "REQUEST",
              ["Volodymyr Zelensky", "United States", "European Union"], "2025-12-09TEV", "context", "occurred",
              "für die Sicherheit der Abstimmung sorgen"),
            E("Trump accuses Ukraine of using the war as a pretext to avoid elections", "ACCUSE",
              ["Donald Trump", "Ukraine"], "2025-12-09", "text", "occurred", "Vorwand"),
            E("Trump calls the Europeans weak", "ACCUSE", ["Donald Trump", "European Union"], "2025-12-09", "context",
              "occurred", "als „schwach“ bezeichnet"),
            E("Trump urges Zelensky to accept the US peace plan", "REQUEST", ["Donald Trump", "Volodymyr Zelensky"],
              "2025-12-09", "context", "occurred", "als „schwach“ bezeichnet"),
            E("Ukraine to send its revised peace plan to Washington", "REQUEST", ["Ukraine", "United States"],
              "2025-12-10", "text", "planned", "Der überarbeitete Plan soll"),
            E("Zelensky meets Starmer, Macron and Merz in London", "CONSULT",
              ["Volodymyr Zelensky", "Keir Starmer", "Emmanuel Macron", "Friedrich Merz"], "2025-12-08", "text",
              "occurred", "Am Montag hatte Selenskyj in London"),
            E("Zelensky meets Meloni in Rome", "CONSULT", ["Volodymyr Zelensky", "Giorgia Meloni"], "2025-12-09",
              "text", "occurred", "Am Dienstag traf er in Rom"),
            E("Pope Leo XIV receives Zelensky at Castel Gandolfo", "CONSULT", ["Volodymyr Zelensky", "Vatican"],
              "2025-12-09", "text", "occurred", "Am Dienstag traf er in Rom"),
            E("Peskov casts doubt on the legitimacy of Kyiv's leadership", "ACCUSE", ["Dmitry Peskov", "Ukraine"],
              "2025-12-10", "text", "occurred", "Wahlen seien eine innere"),
            E("Putin: an agreement only with a legitimate Ukrainian leadership", "REQUEST",
              ["Vladimir Putin", "Ukraine"], "PAST_REF", "vague", "occurred", "legitimen"),
            E("Witkoff meets Putin in the Kremlin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"], "2025-W49",
              "text", "occurred", "US-Sondergesandter Steve Witkoff", note="2 December 2025"),
            E("No breakthrough in the Witkoff–Putin talks", "REJECT", ["Steve Witkoff", "Vladimir Putin"],
              "2025-W49", "text", "occurred", "US-Sondergesandter Steve Witkoff"),
            E("Russian drone attack on Ukraine, one killed in Sumy region", "ASSAULT", ["Russia", "Ukraine"],
              "2025-12-09TNI", "text", "occurred", "In der Nacht auf Mittwoch griff Russland"),
            E("Austria's humanitarian aid to Ukraine this year", "AID", ["Ukraine"], "2025", "text", "occurred",
              "Heuer hat Österreich", note="Austria is not canonical; only the recipient is kept"),
        ],
        [
            S("Volodymyr Zelensky", "I am ready to hold elections", "2025-12-09TEV", "text",
              "Ich bin bereit, Wahlen abzuhalten"),
            S("Volodymyr Zelensky", "The US and Europe must guarantee security; then Ukraine could vote within "
              "three months", "2025-12-09TEV", "context", "für die Sicherheit der Abstimmung sorgen"),
            S("Volodymyr Zelensky", "Asked his party's MPs for proposals to change the laws barring elections under "
              "martial law", "2025-12-09TEV", "context", "Abgeordneten seiner Partei"),
            S("Donald Trump", "Ukraine uses the war as a pretext to avoid elections", "2025-12-09", "text",
              "Vorwand"),
            S("Donald Trump", "The Europeans are weak; Zelensky should finally accept the US plan", "2025-12-09",
              "context", "als „schwach“ bezeichnet"),
            S("Volodymyr Zelensky", "The revised plan will be sent to Washington on Wednesday", "2025-12-09TEV",
              "context", "Der überarbeitete Plan soll"),
            S("Ukraine", "The plan has 20 points; the Donbas question remains open", "2025-12-10", "published",
              "20 Punkte"),
            S("Kremlin", "Zelensky's words are met with scepticism", "2025-12-10", "published",
              "Im Kreml stießen"),
            S("Dmitry Peskov", "Elections are Ukraine's internal affair, but Moscow doubts the legitimacy of Kyiv's "
              "leadership", "2025-12-10", "text", "Wahlen seien eine innere"),
            S("Vladimir Putin", "An agreement can only be signed with a legitimate Ukrainian leadership", "PAST_REF",
              "vague", "legitimen"),
            S("Ukraine", "Air force: more than 100 drones overnight, one killed in Sumy region", "2025-12-10",
              "published", "In der Nacht auf Mittwoch griff Russland"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "United States", "European Union", "Donald Trump", "Keir Starmer",
         "United Kingdom", "Emmanuel Macron", "France", "Friedrich Merz", "Germany", "Giorgia Meloni", "Vatican",
         "Kremlin", "Dmitry Peskov", "Russia", "Vladimir Putin", "Steve Witkoff"],
        "Online report of Wednesday 10 December 2025; Zelensky spoke to journalists on Tuesday evening.",
    ),
    doc(
        "b38de05_epg_gipfel_eriwan_2026_05", "2026-05-05", DE05,
        [
            T("Montag", "DATE", "2026-05-04", 0),
            T("März", "DATE", "2026-03"),
            T("dem orthodoxen Osterfest", "DATE", "2026-04-12"),
            T("jeder Nacht", "SET", "P1D"),
            T("30-tägigen", "DURATION", "P30D"),
            T("Abend", "TIME", "2026-05-04TEV"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Sommer", "DATE", "2026-SU"),
            T("April", "DATE", "2026-04"),
            T("dem vergangenen Jahr", "DATE", "2025"),
            T("Ende Mai", "DATE", "2026-05", mod="END"),
            T("30-tägige", "DURATION", "P30D"),
            T("der Nacht zum Montag", "TIME", "2026-05-03TNI", note="night of 3 to 4 May"),
            T("den Herbst", "DATE", "2026-FA"),
        ],
        [
            E("European Political Community summit in Yerevan", "CONSULT",
              ["Volodymyr Zelensky", "Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Giorgia Meloni",
               "Donald Tusk", "Ursula von der Leyen"], "2026-05-04", "text", "occurred",
              "Rund 45 Staats- und Regierungschefs"),
            E("Zelensky meets Pashinyan before the summit", "CONSULT", ["Volodymyr Zelensky"], "2026-05-04",
              "context", "occurred", "traf Paschinjan vor Beginn", note="Armenia is not canonical"),
            E("Zelensky calls on Europe for a full oil and gas embargo on Russia", "REQUEST",
              ["Volodymyr Zelensky", "European Union", "Russia"], "2026-05-04", "context", "occurred",
              "vollständigen Öl- und Gasembargo"),
            E("Energy-infrastructure ceasefire agreed in March", "AGREE", ["Russia", "Ukraine"], "2026-03", "text",
              "occurred", "seit dem orthodoxen Osterfest"),
            E("Zelensky accuses Moscow of breaking the energy truce every night", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-05-04", "context", "occurred", "seit dem orthodoxen Osterfest"),
            E("Merz, Macron, Starmer, Meloni and Tusk meet Zelensky", "CONSULT", FIVE + ["Volodymyr Zelensky"],
              "2026-05-04", "context", "occurred", "Am Rande trafen Bundeskanzler"),
            E("The five leaders demand that Russia agree to a 30-day unconditional ceasefire", "REQUEST",
              FIVE + ["Russia"], "2026-05-04", "context", "occurred", "Die fünf verlangten"),
            E("The five leaders threaten massive new sanctions", "THREATEN", FIVE + ["Russia"], "2026-05-04",
              "context", "occurred", "Die fünf verlangten"),
            E("Merz, Macron and Starmer to phone Trump", "CONSULT",
              ["Friedrich Merz", "Emmanuel Macron", "Keir Starmer", "Donald Trump"], "2026-05-04TEV", "text",
              "planned", "wollten noch am Abend"),
            E("Von der Leyen to propose a 21st sanctions package", "SANCTION",
              ["Ursula von der Leyen", "European Union", "Russia"], "FUTURE_REF", "vague", "planned",
              "21. Sanktionspaket"),
            E("Germany to deliver two more IRIS-T systems and a Patriot system by summer", "AID",
              ["Germany", "Ukraine"], "2026-SU", "text", "planned", "Merz sagte, Deutschland werde"),
            E("Zakharova accuses Armenia of lending itself to an anti-Russian gathering", "ACCUSE",
              ["Maria Zakharova"], "2026-05-05", "published", "occurred", "antirussische Versammlung",
              note="Armenia and the EPC are not canonical"),
            E("Zakharova reminds Yerevan of its obligations in the Eurasian Economic Union", "REQUEST",
              ["Maria Zakharova"], "2026-05-05", "published", "occurred", "antirussische Versammlung"),
            E("Putin to meet Pashinyan at the Eurasian Economic Union summit in Minsk", "CONSULT", ["Vladimir Putin"],
              "2026-05", "text", "planned", "Ende Mai beim Gipfel", date_mod="END"),
            E("Peskov rejects a 30-day ceasefire", "REJECT", ["Dmitry Peskov", "Ukraine"], "2026-05-05",
              "published", "occurred", "Atempause"),
            E("Russian drone attack on Ukraine, two killed in Zaporizhzhia", "ASSAULT", ["Russia", "Ukraine"],
              "2026-05-03TNI", "text", "occurred", "In der Nacht zum Montag hatte"),
        ],
        [
            S("Volodymyr Zelensky", "Europe should take Russia's last sources of income with a full oil and gas "
              "embargo", "2026-05-04", "context", "vollständigen Öl- und Gasembargo"),
            S("Volodymyr Zelensky", "Moscow has broken the energy truce every night since Orthodox Easter",
              "2026-05-04", "context", "seit dem orthodoxen Osterfest"),
            S("Joint statement: Friedrich Merz, Emmanuel Macron, Keir Starmer, Giorgia Meloni, Donald Tusk",
              "Russia must agree to a 30-day unconditional ceasefire or face massive new sanctions", "2026-05-04",
              "context", "Die fünf verlangten"),
            S("Ursula von der Leyen", "Will propose a 21st sanctions package, also hitting ports in third countries",
              "2026-05-04", "context", "21. Sanktionspaket"),
            S("Friedrich Merz", "Germany will deliver two more IRIS-T systems and a Patriot system by summer",
              "2026-05-04", "context", "Merz sagte, Deutschland werde"),
            S("Germany", "Procurement office: the contracts were signed in April", "2026-05-05", "published",
              "Die Verträge dafür hat"),
            S("Russia", "Moscow reacts irritably to the summit", "2026-05-05", "published", "Moskau reagierte gereizt"),
            S("Maria Zakharova", "Armenia lends itself to an anti-Russian gathering; reminds Yerevan of its EAEU "
              "obligations", "2026-05-05", "published", "antirussische Versammlung"),
            S("Dmitry Peskov", "Putin will meet Pashinyan at the end of May in Minsk", "2026-05-05", "published",
              "Ende Mai beim Gipfel"),
            S("Dmitry Peskov", "A 30-day ceasefire would only give Kyiv a breathing space to rearm", "2026-05-05",
              "published", "Atempause"),
            S("Ukraine", "Air force: 160 drones overnight, two killed in Zaporizhzhia", "2026-05-05", "published",
              "In der Nacht zum Montag hatte"),
        ],
        ["Volodymyr Zelensky", "Ukraine", "Russia", "Belarus", "European Union", "Friedrich Merz", "Germany",
         "Emmanuel Macron", "France", "Keir Starmer", "United Kingdom", "Giorgia Meloni", "Donald Tusk", "Poland",
         "Donald Trump", "United States", "Ursula von der Leyen", "Maria Zakharova", "Dmitry Peskov", "Kremlin",
         "Vladimir Putin"],
        "Fiction in a plausible setting: the European Political Community summit in Yerevan on Monday 4 May 2026; "
        "print edition of Tuesday 5 May.",
    ),
    doc(
        "b38de06_russland_afrika_gipfel_addis_2026_10", "2026-10-29", DE06,
        [
            T("Mittwoch", "DATE", "2026-10-28"),
            T("den kommenden zwölf Monaten", "DURATION", "P12M"),
            T("zweitägige", "DURATION", "P2D"),
            T("dem Winter", "DATE", "2026-WI"),
            T("Dienstag", "DATE", "2026-10-27"),
            T("Monaten", "DURATION", "PXM", 1),
            T("September", "DATE", "2026-09"),
            T("Vergangene Woche", "DATE", "2026-W43"),
            T("Mittwochabend", "TIME", "2026-10-28TEV"),
            T("2029", "DATE", "2029"),
            T("Januar", "DATE", "2027-01"),
        ],
        [
            E("Putin pledges 300,000 tonnes of free wheat and fertiliser to eight African countries", "AID",
              ["Vladimir Putin", "Russia"], "2026-10-28", "text", "occurred", "300.000 Tonnen",
              note="the recipients (Namibia and others) are not canonical"),
            E("Third Russia–Africa summit in Addis Ababa", "CONSULT", ["Vladimir Putin", "Russia"], "2026-10-27",
              "context", "occurred", "Der zweitägige Gipfel",
              note="27–28 October 2026, dated by its opening day; hosts not canonical"),
            E("Summit adopts its final declaration", "AGREE", ["Russia"], "2026-10-28", "context", "occurred",
              "In ihrer Abschlusserklärung"),
            E("Declaration calls for a just and lasting peace in Ukraine", "REQUEST", ["Russia", "Ukraine"],
              "2026-10-28", "context", "occurred", "In ihrer Abschlusserklärung"),
            E("Declaration rejects unilateral sanctions", "REJECT", ["Russia"], "2026-10-28", "context", "occurred",
              "In ihrer Abschlusserklärung"),
            E("AU Commission chair calls on Russia and Ukraine to agree a ceasefire before winter", "REQUEST",
              ["Russia", "Ukraine"], "2026-10-27", "context", "occurred", "Mahmoud Ali Youssouf",
              note="the AU is not canonical; dated by the summit's opening day"),
            E("Putin: Moscow ready to negotiate", "AGREE", ["Vladimir Putin", "Ukraine"], "2026-10-28", "context",
              "occurred", "Realitäten vor Ort"),
            E("Putin: talks must recognise the realities on the ground", "REQUEST", ["Vladimir Putin", "Ukraine"],
              "2026-10-28", "context", "occurred", "Realitäten vor Ort"),
            E("Putin blames the West for the conflict", "ACCUSE", ["Vladimir Putin"], "2026-10-28", "context",
              "occurred", "Realitäten vor Ort"),
            E("Lavrov meets more than 20 African counterparts", "CONSULT", ["Sergey Lavrov"], "2026-10-27", "context",
              "occurred", "Außenminister Sergej Lawrow traf", note="on the sidelines of the 27–28 October summit"),
            E("Putin meets Namibia's president", "CONSULT", ["Vladimir Putin"], "2026-10-27", "text", "occurred",
              "Staatspräsidentin Netumbo Nandi-Ndaitwah kam"),
            E("Sybiha visits Windhoek", "CONSULT", ["Andrii Sybiha"], "2026-09", "text", "occurred",
              "Andrij Sybiha hatte im September"),
            E("Sybiha seeks Namibia's support for Ukraine's peace formula", "REQUEST", ["Andrii Sybiha"], "2026-09",
              "context", "occurred", "Andrij Sybiha hatte im September", note="Namibia is not canonical"),
            E("Ship with Ukrainian wheat arrives in Walvis Bay", "AID", ["Ukraine"], "2026-W43", "text", "occurred",
              "Grain from Ukraine"),
            E("Zelensky: the summit is a propaganda stage and Moscow uses hunger as leverage", "ACCUSE",
              ["Volodymyr Zelensky", "Russia"], "2026-10-28TEV", "text", "occurred", "Bühne für Propaganda"),
            E("Next Russia–Africa summit in Russia in 2029", "CONSULT", ["Russia"], "2029", "text", "planned",
              "großen Erfolg"),
            E("Kallas warns African governments against dependence on Moscow's gifts", "REQUEST",
              ["Kaja Kallas", "Russia"], "2026-10-29", "published", "occurred", "Geschenken"),
            E("Russian wheat to arrive via Walvis Bay from January", "AID", ["Russia"], "2027-01", "text", "planned",
              "Der Weizen aus Russland", date_mod="START"),
        ],
        [
            S("Vladimir Putin", "Russia will give 300,000 tonnes of wheat and fertiliser to eight countries over the "
              "next twelve months", "2026-10-28", "text", "300.000 Tonnen"),
            S("Vladimir Putin", "Moscow is ready to negotiate if the realities on the ground are recognised; the West "
              "is to blame", "2026-10-28", "context", "Realitäten vor Ort"),
            S("Volodymyr Zelensky", "The summit is a stage for propaganda; Moscow uses hunger as leverage",
              "2026-10-28TEV", "text", "Bühne für Propaganda"),
            S("Dmitry Peskov", "The summit was a great success; the next one will be held in Russia in 2029",
              "2026-10-29", "published", "großen Erfolg"),
            S("Kaja Kallas", "African governments should not become dependent on Moscow's gifts", "2026-10-29",
              "published", "Geschenken"),
        ],
        ["Vladimir Putin", "Russia", "Ukraine", "Sergey Lavrov", "United Nations", "Andrii Sybiha",
         "Volodymyr Zelensky", "Dmitry Peskov", "Kremlin", "Kaja Kallas", "European Union"],
        "Fiction in a plausible setting: a third Russia–Africa summit in Addis Ababa on 27–28 October 2026; edition "
        "of Thursday 29 October.",
    ),
]
