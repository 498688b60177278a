"""German articles of the blind123 set (fictionalised; written and annotated blind to the extraction code).

Theme: the Nord Stream sabotage investigations and their diplomacy, 2022-2025.
"""

from build import E, S, T

# ---------------------------------------------------------------- b123de01 (Katapult MV)
DE01 = """
Nord-Stream-Lecks: Schweden bestätigt Sabotage – Moskau bleibt außen vor

Greifswald/Lubmin. Die Lecks an den Nord-Stream-Leitungen in der Ostsee sind nach Erkenntnissen schwedischer Ermittler durch Sprengungen verursacht worden.
Der Inlandsgeheimdienst Säpo teilte am Donnerstag mit, die Untersuchungen am Meeresgrund nordöstlich von Bornholm hätten den Verdacht einer „groben Sabotage“ erhärtet.
Wer hinter den Explosionen vom 26. September steckt, ließ die Behörde offen.
Die Sperrzone um die Lecks wurde aufgehoben.

Eine gemeinsame Ermittlungsgruppe mit Deutschland und Dänemark hatte Stockholm am Mittwoch abgelehnt und dabei auf die nationale Sicherheit verwiesen.
Im Bundesinnenministerium hieß es, man bedauere diese Entscheidung, arbeite aber weiter eng mit den schwedischen Behörden zusammen.
Die Bundesanwaltschaft in Karlsruhe prüft derzeit, ob sie ein eigenes Verfahren einleitet.
Das Verteidigungsministerium kündigte an, die Deutsche Marine werde in den kommenden Wochen häufiger vor der Küste Vorpommerns patrouillieren.

In Moskau stießen die schwedischen Ergebnisse auf scharfe Kritik.
Kremlsprecher Dmitri Peskow verlangte am Donnerstag, Russland müsse an der Aufklärung beteiligt werden, ohne Moskau sei keine objektive Untersuchung möglich.
Außenamtssprecherin Maria Sacharowa fragte am Donnerstagabend, was Stockholm zu verbergen habe, und warf den Ermittlern vor, Beweise zurückzuhalten.
Russland hatte bereits vergangene Woche in diplomatischen Noten an Berlin, Kopenhagen und Stockholm die Teilnahme an den Ermittlungen gefordert, eine Antwort steht aus.
Präsident Wladimir Putin hatte vor einer Woche die USA und Großbritannien für die Explosionen verantwortlich gemacht; Washington wies das als „absurd“ zurück.
Am 28. September hatte Moskau eine Dringlichkeitssitzung des UN-Sicherheitsrats beantragt, die zwei Tage später in New York stattfand.

Die Nato hatte am 29. September gewarnt, jeder vorsätzliche Angriff auf kritische Infrastruktur der Verbündeten werde eine geschlossene und entschlossene Antwort nach sich ziehen.

In Lubmin, wo die Leitungen anlanden, verfolgen viele Einwohner die Nachrichten mit gemischten Gefühlen.
„Seit fast zwei Wochen reden hier alle nur über die Rohre“, sagt ein Gemeindevertreter, der seinen Namen nicht in der Zeitung lesen möchte.
Gas fließt durch Nord Stream 1 ohnehin seit Ende August nicht mehr, nachdem Gazprom die Lieferungen nach Deutschland unter Verweis auf angebliche Wartungsprobleme eingestellt hatte.
Die parallele Leitung Nord Stream 2 war nach dem russischen Einmarsch in die Ukraine im Februar nie in Betrieb gegangen.
Am Wochenende lädt die Gemeinde zu einer Einwohnerversammlung ins Kurhaus ein.
"""

# ---------------------------------------------------------------- b123de02 (Vorwärts)
DE02 = """
Nord Stream im Sicherheitsrat: Moskau nutzt Hersh-Bericht für Angriff auf Washington

New York. Auf Antrag Russlands hat sich der UN-Sicherheitsrat am Dienstag erneut mit den Explosionen an den Nord-Stream-Pipelines befasst.
Moskau hatte die Sitzung vergangene Woche unter Berufung auf einen Bericht des US-Journalisten Seymour Hersh beantragt, der am 8. Februar erschienen war.
Hersh behauptet gestützt auf eine einzige anonyme Quelle, US-Marinetaucher hätten die Sprengsätze im Sommer 2022 angebracht.
Die Lecks beschäftigen Ermittler in Deutschland, Schweden und Dänemark seit fast fünf Monaten.

Russlands UN-Botschafter Wassili Nebensja warf den Vereinigten Staaten in der Sitzung vor, hinter dem „Terrorakt“ zu stehen.
Er forderte eine unabhängige internationale Untersuchung unter dem Dach der Vereinten Nationen und kündigte an, in den kommenden Tagen einen Resolutionsentwurf vorzulegen, der Generalsekretär António Guterres mit der Einsetzung einer Kommission beauftragen soll.
Als Redner hatte Russland den US-Ökonomen Jeffrey Sachs eingeladen, der von einem Akt internationalen Terrorismus sprach.

Die amerikanische Vertretung nannte Hershs Darstellung „völlig falsch“ und warf Moskau vor, von seinem Krieg gegen die Ukraine ablenken zu wollen.
Der ukrainische Botschafter Serhij Kyslyzja sprach von einer „Propagandashow“.
Chinas Botschafter Zhang Jun verlangte eine „objektive, unparteiische und professionelle“ Untersuchung.
UN-Untergeneralsekretärin Rosemary DiCarlo sagte, die Vereinten Nationen könnten die verschiedenen Behauptungen nicht überprüfen.

Die Bundesregierung verwies am Dienstag auf die Ermittlungen der Bundesanwaltschaft sowie der schwedischen und dänischen Behörden und lehnte eine Untersuchung unter UN-Aufsicht ab.
In der SPD-Bundestagsfraktion stieß das russische Vorgehen auf Ablehnung.
Der außenpolitische Sprecher Nils Schmid nannte die Sitzung ein „durchsichtiges Manöver“, mit dem Moskau Zweifel an der Geschlossenheit des Westens säen wolle.

Die Debatte fiel in eine Woche voller Symbolik.
Am selben Tag hatte Präsident Wladimir Putin in seiner Rede an die Nation verkündet, dass Russland seine Teilnahme am New-Start-Vertrag über strategische Atomwaffen aussetzt.
US-Präsident Joe Biden hatte am Montag überraschend Kiew besucht und Präsident Wolodymyr Selenskyj weitere Militärhilfe über eine halbe Milliarde Dollar zugesagt.
Am Dienstagabend sagte Biden in Warschau, die Ukraine werde für Russland „niemals ein Sieg“ sein.
Die UN-Vollversammlung berät seit Mittwoch über eine ukrainische Resolution für einen gerechten und dauerhaften Frieden, abgestimmt werden soll am Donnerstag.
Am Freitag jährt sich der russische Einmarsch vom 24. Februar 2022 zum ersten Mal.
"""

# ---------------------------------------------------------------- b123de03 (Salzkammergut Zeitung, Gmunden)
DE03 = """
Nord Stream: Schweden stellt Ermittlungen ein – Kreml wittert Vertuschung

Stockholm/Gmunden. Knapp eineinhalb Jahre nach den Explosionen an den Nord-Stream-Pipelines hat Schweden seine Ermittlungen eingestellt.
Staatsanwalt Mats Ljungqvist begründete den Schritt am Mittwoch damit, dass die schwedische Gerichtsbarkeit nicht greife.
Schweden und seine Bürger seien von der Tat nicht direkt betroffen gewesen, sagte er.
Beweismaterial, das für das deutsche Verfahren von Bedeutung sein könnte, übergaben die Schweden den Ermittlern der Bundesanwaltschaft in Karlsruhe.
Wer die Sprengsätze im September 2022 am Meeresgrund platziert hat, bleibt damit weiter offen.

Moskau reagierte prompt.
Kremlsprecher Dmitri Peskow nannte die Einstellung am Mittwoch „interessant“ und verlangte, dass Deutschland seine Erkenntnisse offenlegt.
Außenamtssprecherin Maria Sacharowa sprach heute von „Vertuschung“ und warf Stockholm vor, sich dem Druck Washingtons gebeugt zu haben.
Russlands UN-Botschafter Wassili Nebensja kündigte an, das Thema in den kommenden Tagen erneut vor den Sicherheitsrat zu bringen.
Seit Herbst 2022 hatte Schweden alle Anfragen Moskaus, sich an den Ermittlungen zu beteiligen, abgelehnt.

Kiew bestreitet jede Beteiligung.
Der ukrainische Präsidentenberater Mychajlo Podoljak wies am Mittwoch erneut alle Spekulationen über eine Verwicklung seines Landes zurück.
In Berlin hieß es, man äußere sich nicht zu laufenden Ermittlungen.
Die Bundesanwaltschaft ermittelt derzeit weiter, auch Dänemark hat sein Verfahren noch nicht abgeschlossen.
Kremlchef Wladimir Putin hat dem US-Moderator Tucker Carlson am Dienstag ein Interview gegeben, das in der Nacht auf Freitag ausgestrahlt werden soll.

Für Österreich ist die Frage mehr als ein Krimi.
Die OMV hatte den Bau von Nord Stream 2 mitfinanziert, und das Land bezieht derzeit noch immer den Großteil seines Gases aus Russland.
Energieministerin Leonore Gewessler drängt seit Monaten auf den Ausstieg aus dem Liefervertrag mit Gazprom, der bis 2040 läuft.
Der Vertrag über den Gastransit durch die Ukraine endet Ende 2024, Kiew hat eine Verlängerung im Jänner ausgeschlossen.
Die EU will zum zweiten Jahrestag des Einmarschs am 24. Februar ein 13. Sanktionspaket gegen Russland beschließen.
"""

# ---------------------------------------------------------------- b123de04 (Tagesspiegel Background Sicherheit)
DE04 = """
Nord Stream: Haftbefehl gegen ukrainischen Taucher – die Spur führt nach Polen

Die Bundesanwaltschaft hat im Fall der Nord-Stream-Sprengungen erstmals einen Haftbefehl erwirkt.
Nach übereinstimmenden Berichten von ARD, „Süddeutscher Zeitung“ und „Zeit“ vom Mittwoch richtet er sich gegen den ukrainischen Tauchlehrer Wolodymyr Z., der zuletzt in Polen lebte.
Ein Ermittlungsrichter am Bundesgerichtshof hatte den Haftbefehl bereits Mitte Juni erlassen, Karlsruhe übermittelte ihn als Europäischen Haftbefehl an die polnischen Behörden.
Festgenommen wurde Z. nicht: Er soll Polen Anfang Juli in einem Auto mit ukrainischem Kennzeichen verlassen haben.

Die Ermittler gehen davon aus, dass ein Team um Z. im September 2022 von Rostock aus mit der Segeljacht „Andromeda“ zu den Tatorten fuhr.
Zwei weitere Verdächtige, ein Ehepaar aus der Ukraine, sind ebenfalls im Visier.
Das „Wall Street Journal“ berichtete am Mittwoch, der damalige ukrainische Oberbefehlshaber Walerij Saluschnyj habe den Plan gebilligt, was dieser bestreitet.

In Berliner Sicherheitskreisen wird Warschau vorgeworfen, den Verdächtigen trotz des Haftbefehls entkommen lassen zu haben.
Die polnische Landesstaatsanwaltschaft wies das am Mittwoch zurück: Die deutschen Behörden hätten Z. nicht im Schengener Informationssystem ausgeschrieben, die Grenzbeamten hätten ihn daher nicht anhalten können.
Ein Sprecher des polnischen Außenministeriums sprach von einem „Versuch, die Verantwortung abzuschieben“.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Russland erwarte eine „echte Aufklärung“ und verlange, an den Ermittlungen beteiligt zu werden.
Außenamtssprecherin Maria Sacharowa hatte bereits am Mittwochabend erklärt, hinter der Tat stünden die USA, die Ukraine habe nur die „Drecksarbeit“ erledigt.
Russlands Vize-UN-Botschafter Dmitri Poljanski forderte eine Sitzung des Sicherheitsrats.
Präsidentenberater Mychajlo Podoljak nannte die Berichte am Mittwoch „absurd“, die Ukraine habe mit den Anschlägen nichts zu tun.

Regierungssprecher Steffen Hebestreit sagte, die Bundesregierung äußere sich nicht zu laufenden Ermittlungen, an der Unterstützung der Ukraine ändere der Fall nichts.
Der Innenausschuss des Bundestags will sich im September mit dem Fall befassen.
Seit dem Anschlag vor fast zwei Jahren gilt der Schutz von Unterwasserkabeln und Pipelines als Schwachstelle der deutschen Sicherheitsarchitektur.
Das geplante Kritis-Dachgesetz, das Betreiber kritischer Anlagen zu Schutzkonzepten verpflichten soll, will das Kabinett noch in diesem Jahr beschließen.
"""

# ---------------------------------------------------------------- b123de05 (stol.it, Bozen)
DE05 = """
Nord-Stream-Anschlag: Mutmaßlicher Koordinator bei Rimini gefasst

Rimini/Bozen. Fast drei Jahre nach den Anschlägen auf die Nord-Stream-Pipelines ist in Italien ein mutmaßlicher Koordinator der Sabotage festgenommen worden.
Carabinieri nahmen den 49-jährigen Ukrainer Serhij K. in der Nacht auf Donnerstag in einem Ferienhaus in San Clemente bei Rimini fest, wo er mit seiner Familie Urlaub machte.
Grundlage war ein Europäischer Haftbefehl, den ein Ermittlungsrichter am deutschen Bundesgerichtshof am 18. August erlassen hatte.
Die Bundesanwaltschaft wirft K. vor, im September 2022 zu einer Gruppe gehört zu haben, die die Sprengsätze in der Nähe von Bornholm anbrachte.
Nach Angaben der Carabinieri war die Familie vor wenigen Tagen mit dem Auto über den Brenner nach Italien eingereist.

Die Bundesanwaltschaft beantragte am Donnerstag seine Auslieferung nach Deutschland.
Über den Antrag entscheidet das Berufungsgericht in Bologna, eine erste Anhörung ist für kommende Woche angesetzt.
Der Anwalt des Festgenommenen kündigte an, sich gegen die Überstellung zu wehren.

Kremlsprecher Dmitri Peskow sagte am Donnerstag, Moskau werde den Fall genau verfolgen, und forderte von Berlin eine „transparente“ Untersuchung unter Beteiligung Russlands.
Außenamtssprecherin Maria Sacharowa warf der Bundesregierung am Freitag „Heuchelei“ vor: Berlin habe ein Jahr lang zugesehen, wie ein weiterer Verdächtiger aus Polen in die Ukraine entkam.
Russlands UN-Botschafter Wassili Nebensja kündigte an, den Fall im September im Sicherheitsrat zur Sprache zu bringen.
Das ukrainische Außenministerium beantragte nach eigenen Angaben konsularischen Zugang zu dem Festgenommenen und lehnte jeden weiteren Kommentar ab.
Bundesjustizministerin Stefanie Hubig nannte die Festnahme in Berlin einen „beeindruckenden Ermittlungserfolg“.
Polens Außenminister Radosław Sikorski schrieb auf der Plattform X, das Problem sei nicht, dass Nord Stream gesprengt, sondern dass es gebaut worden sei.

Für Kiew kommt der Fall zu einem heiklen Zeitpunkt.
Erst am Montag hatten Bundeskanzler Friedrich Merz, Präsident Wolodymyr Selenskyj und weitere Europäer im Weißen Haus mit US-Präsident Donald Trump über Sicherheitsgarantien für die Ukraine beraten.
Trump will ein Treffen zwischen Selenskyj und Kremlchef Wladimir Putin vermitteln, das nach seinen Worten bald stattfinden soll.
Auch in Südtirol wurde die Nachricht aufmerksam verfolgt, denn über den Brenner läuft ein großer Teil des Reiseverkehrs zwischen Deutschland und Italien.
"""

# ---------------------------------------------------------------- b123de06 (Bruchsaler Rundschau)
DE06 = """
Nord-Stream-Verdächtiger nach Karlsruhe gebracht – Polen hatte Auslieferung verweigert

Karlsruhe/Bruchsal. Der in Italien festgenommene mutmaßliche Koordinator der Nord-Stream-Sabotage ist an Deutschland überstellt worden.
Der Ukrainer Serhij K. wurde am Donnerstag mit einem Hubschrauber der Bundespolizei nach Karlsruhe geflogen und am Donnerstagnachmittag dem Ermittlungsrichter am Bundesgerichtshof vorgeführt, der Untersuchungshaft anordnete.
Mehr als drei Monate hatte der 49-Jährige in Italien in Auslieferungshaft gesessen, zeitweise war er aus Protest in den Hungerstreik getreten.
Das Kassationsgericht in Rom hatte im Oktober eine erste Auslieferungsentscheidung aus formalen Gründen aufgehoben, vergangene Woche machte es den Weg dann endgültig frei.

Anders verlief der Fall des Tauchlehrers Wolodymyr Z., der in Polen festgenommen worden war.
Ein Warschauer Bezirksgericht lehnte am 17. Oktober seine Auslieferung an Deutschland ab und ließ ihn frei.
Ministerpräsident Donald Tusk hatte Anfang Oktober erklärt, es liege nicht im Interesse Polens, den Mann anzuklagen oder an Deutschland zu übergeben.
Die Bundesregierung nahm das Urteil nach Angaben eines Sprechers „mit Bedauern zur Kenntnis“.

Kremlsprecher Dmitri Peskow verlangte am Freitag, Deutschland müsse Russland Zugang zu den Ermittlungsergebnissen gewähren.
Außenamtssprecherin Maria Sacharowa warf Warschau vor, „Terroristen Unterschlupf zu gewähren“, und sprach von einem „Schauprozess“, den Berlin vorbereite.
Bereits im September hatte Russland im UN-Sicherheitsrat eine internationale Untersuchung unter Aufsicht des Generalsekretärs verlangt.
Die ukrainische Botschaft in Berlin forderte konsularischen Zugang zu K.
Regierungssprecher Stefan Kornelius betonte, an der Unterstützung der Ukraine ändere das Verfahren nichts.

Die Bundesanwaltschaft will nach Angaben aus Justizkreisen Anfang kommenden Jahres Anklage erheben, verhandelt würde dann vor einem Oberlandesgericht.
Der Fall fällt in eine Phase intensiver Verhandlungen über einen US-Friedensplan für die Ukraine.
US-Sondergesandter Steve Witkoff wird in der kommenden Woche in Moskau bei Kremlchef Wladimir Putin erwartet.
Präsident Wolodymyr Selenskyj hatte den Plan zuletzt als Grundlage für Gespräche bezeichnet, aber Änderungen verlangt.

Vor dem Bundesgerichtshof in der Karlsruher Herrenstraße versammelten sich am Donnerstagabend einige Dutzend Menschen, darunter Mitglieder einer Bruchsaler Friedensinitiative.
Auf ihren Transparenten forderten sie eine lückenlose Aufklärung des Anschlags.
"""


def doc(id, published, body, timexes, events, statements, actors):
    return dict(id=id, lang="de", published=published, body=body, timexes=timexes, events=events,
                statements=statements, actors=actors)


DOCS = [
    doc(
        "b123de01_schweden_sabotage_bestaetigt_2022_10", "2022-10-07", DE01,
        [
            T("Donnerstag", "DATE", "2022-10-06", 0),
            T("26. September", "DATE", "2022-09-26"),
            T("Mittwoch", "DATE", "2022-10-05"),
            T("derzeit", "DATE", "PRESENT_REF"),
            T("den kommenden Wochen", "DATE", "FUTURE_REF"),
            T("Donnerstag", "DATE", "2022-10-06", 1),
            T("Donnerstagabend", "TIME", "2022-10-06TEV"),
            T("vergangene Woche", "DATE", "2022-W39"),
            T("vor einer Woche", "DATE", "2022-W39"),
            T("28. September", "DATE", "2022-09-28"),
            T("zwei Tage später", "DATE", "2022-09-30"),
            T("29. September", "DATE", "2022-09-29"),
            T("fast zwei Wochen", "DURATION", "P2W", mod="APPROX"),
            T("Ende August", "DATE", "2022-08", mod="END"),
            T("Februar", "DATE", "2022-02"),
            T("Wochenende", "DATE", "2022-W40-WE"),
        ],
        [
            E("Sweden rejects a joint investigation team with Germany and Denmark", "REJECT", ["Germany"],
              "2022-10-05", "text", "occurred", "Eine gemeinsame Ermittlungsgruppe",
              note="Sweden and Denmark are not canonical"),
            E("German navy to patrol more often off the coast of Western Pomerania", "MOBILIZE", ["Germany"],
              "FUTURE_REF", "vague", "planned", "die Deutsche Marine werde"),
            E("Peskov demands that Russia take part in the investigation", "REQUEST", ["Dmitry Peskov"],
              "2022-10-06", "text", "occurred", "Peskow verlangte am Donnerstag"),
            E("Zakharova accuses the Swedish investigators of withholding evidence", "ACCUSE", ["Maria Zakharova"],
              "2022-10-06TEV", "text", "occurred", "Sacharowa fragte am Donnerstagabend"),
            E("Russia demands in diplomatic notes to take part in the investigations", "REQUEST",
              ["Russia", "Germany"], "2022-W39", "text", "occurred", "in diplomatischen Noten"),
            E("Putin blames the US and Britain for the explosions", "ACCUSE",
              ["Vladimir Putin", "United States", "United Kingdom"], "2022-W39", "text", "occurred",
              "Putin hatte vor einer Woche", note="Putin's speech of 30 September 2022"),
            E("Washington rejects Putin's accusation as absurd", "REJECT", ["United States", "Vladimir Putin"],
              "2022-W39", "context", "occurred", "Putin hatte vor einer Woche"),
            E("Russia requests an emergency meeting of the UN Security Council", "REQUEST",
              ["Russia", "United Nations"], "2022-09-28", "text", "occurred", "Dringlichkeitssitzung"),
            E("UN Security Council meets on the leaks", "CONSULT", ["United Nations", "Russia"], "2022-09-30", "text",
              "occurred", "Dringlichkeitssitzung"),
            E("NATO warns that any deliberate attack on allied infrastructure would meet a united response",
              "THREATEN", ["NATO"], "2022-09-29", "text", "occurred", "Die Nato hatte am 29. September"),
            E("Gazprom halts gas deliveries to Germany through Nord Stream 1", "SANCTION", ["Russia", "Germany"],
              "2022-08", "text", "occurred", "Gas fließt durch Nord Stream 1", date_mod="END"),
            E("Russian invasion of Ukraine", "ASSAULT", ["Russia", "Ukraine"], "2022-02", "text", "occurred",
              "nach dem russischen Einmarsch"),
        ],
        [
            S("Germany", "Interior ministry regrets Sweden's decision but keeps working closely with Swedish "
              "authorities", "2022-10-07", "published", "Im Bundesinnenministerium hieß es"),
            S("Germany", "Defence ministry: the navy will patrol more often off Western Pomerania", "2022-10-07",
              "published", "die Deutsche Marine werde"),
            S("Dmitry Peskov", "Russia must take part; without Moscow no objective investigation is possible",
              "2022-10-06", "text", "Peskow verlangte am Donnerstag"),
            S("Maria Zakharova", "Asks what Stockholm has to hide; investigators are withholding evidence",
              "2022-10-06TEV", "text", "Sacharowa fragte am Donnerstagabend"),
            S("Vladimir Putin", "The US and Britain are responsible for the explosions", "2022-W39", "text",
              "Putin hatte vor einer Woche"),
            S("United States", "Putin's accusation is absurd", "2022-W39", "context", "Putin hatte vor einer Woche"),
            S("NATO", "Any deliberate attack on allied critical infrastructure would meet a united and determined "
              "response", "2022-09-29", "text", "Die Nato hatte am 29. September"),
        ],
        ["Germany", "Russia", "Dmitry Peskov", "Kremlin", "Maria Zakharova", "Vladimir Putin", "United States",
         "United Kingdom", "United Nations", "NATO", "Ukraine"],
    ),
    doc(
        "b123de02_sicherheitsrat_hersh_2023_02", "2023-02-22", DE02,
        [
            T("Dienstag", "DATE", "2023-02-21", 0),
            T("vergangene Woche", "DATE", "2023-W07"),
            T("8. Februar", "DATE", "2023-02-08"),
            T("Sommer 2022", "DATE", "2022-SU"),
            T("fast fünf Monaten", "DURATION", "P5M", mod="APPROX"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Dienstag", "DATE", "2023-02-21", 1),
            T("Woche", "DATE", "2023-W08", 1),
            T("selben Tag", "DATE", "2023-02-21"),
            T("Montag", "DATE", "2023-02-20"),
            T("Dienstagabend", "TIME", "2023-02-21TEV"),
            T("Mittwoch", "DATE", "2023-02-22"),
            T("Donnerstag", "DATE", "2023-02-23"),
            T("Freitag", "DATE", "2023-02-24"),
            T("24. Februar 2022", "DATE", "2022-02-24"),
        ],
        [
            E("UN Security Council meets on the Nord Stream explosions at Russia's request", "CONSULT",
              ["United Nations", "Russia"], "2023-02-21", "text", "occurred", "Auf Antrag Russlands hat sich"),
            E("Russia requests the Security Council meeting", "REQUEST", ["Russia", "United Nations"], "2023-W07",
              "text", "occurred", "Moskau hatte die Sitzung vergangene Woche"),
            E("Nebenzia accuses the United States of the attack", "ACCUSE", ["Russia", "United States"],
              "2023-02-21", "context", "occurred", "Nebensja warf den Vereinigten Staaten"),
            E("Russia demands an independent international investigation under the UN", "REQUEST",
              ["Russia", "United Nations"], "2023-02-21", "context", "occurred", "Er forderte eine unabhängige"),
            E("Russia to table a draft resolution asking Guterres to set up a commission", "REQUEST",
              ["Russia", "United Nations", "António Guterres"], "FUTURE_REF", "vague", "planned",
              "Er forderte eine unabhängige"),
            E("US rejects Hersh's account as completely false", "REJECT", ["United States", "Russia"], "2023-02-21",
              "context", "occurred", "Die amerikanische Vertretung nannte"),
            E("US accuses Moscow of trying to distract from its war", "ACCUSE", ["United States", "Russia"],
              "2023-02-21", "context", "occurred", "Die amerikanische Vertretung nannte"),
            E("Ukraine's ambassador calls the meeting a propaganda show", "ACCUSE", ["Ukraine", "Russia"],
              "2023-02-21", "context", "occurred", "Propagandashow"),
            E("China demands an objective, impartial and professional investigation", "REQUEST", ["China"],
              "2023-02-21", "context", "occurred", "Chinas Botschafter Zhang Jun"),
            E("Germany rejects an investigation under UN supervision", "REJECT", ["Germany", "Russia"], "2023-02-21",
              "text", "occurred", "Die Bundesregierung verwies am Dienstag"),
            E("Putin suspends Russia's participation in New START", "REJECT", ["Vladimir Putin", "United States"],
              "2023-02-21", "text", "occurred", "Am selben Tag hatte Präsident Wladimir Putin"),
            E("Biden visits Kyiv and meets Zelensky", "CONSULT", ["Joe Biden", "Volodymyr Zelensky"], "2023-02-20",
              "text", "occurred", "überraschend Kiew besucht"),
            E("Biden promises Zelensky further military aid of half a billion dollars", "AGREE",
              ["Joe Biden", "Volodymyr Zelensky"], "2023-02-20", "text", "occurred", "überraschend Kiew besucht"),
            E("UN General Assembly to vote on Ukraine's peace resolution", "CONSULT", ["United Nations", "Ukraine"],
              "2023-02-23", "text", "planned", "Die UN-Vollversammlung berät seit Mittwoch"),
            E("Russian invasion of Ukraine of 24 February 2022", "ASSAULT", ["Russia", "Ukraine"], "2022-02-24",
              "text", "occurred", "Am Freitag jährt sich"),
        ],
        [
            S("Russia", "Nebenzia: the United States is behind the terrorist act", "2023-02-21", "context",
              "Nebensja warf den Vereinigten Staaten"),
            S("Russia", "Nebenzia demands a UN investigation and announces a draft resolution", "2023-02-21",
              "context", "Er forderte eine unabhängige"),
            S("United States", "Hersh's account is completely false; Moscow wants to distract from its war",
              "2023-02-21", "context", "Die amerikanische Vertretung nannte"),
            S("Ukraine", "Kyslytsya calls the meeting a propaganda show", "2023-02-21", "context", "Propagandashow"),
            S("China", "Zhang Jun demands an objective, impartial and professional investigation", "2023-02-21",
              "context", "Chinas Botschafter Zhang Jun"),
            S("United Nations", "DiCarlo: the UN cannot verify the various claims", "2023-02-21", "context",
              "Rosemary DiCarlo sagte"),
            S("Germany", "Refers to the German, Swedish and Danish investigations; no UN investigation",
              "2023-02-21", "text", "Die Bundesregierung verwies am Dienstag"),
            S("Vladimir Putin", "Russia suspends its participation in New START", "2023-02-21", "text",
              "Am selben Tag hatte Präsident Wladimir Putin"),
            S("Joe Biden", "Ukraine will never be a victory for Russia", "2023-02-21TEV", "text",
              "Am Dienstagabend sagte Biden"),
        ],
        ["United Nations", "Russia", "United States", "Ukraine", "China", "António Guterres", "Germany",
         "Vladimir Putin", "Joe Biden", "Volodymyr Zelensky"],
    ),
    doc(
        "b123de03_schweden_einstellung_2024_02", "2024-02-08", DE03,
        [
            T("Knapp eineinhalb Jahre", "DURATION", "P1.5Y", mod="APPROX"),
            T("Mittwoch", "DATE", "2024-02-07", 0),
            T("September 2022", "DATE", "2022-09"),
            T("Mittwoch", "DATE", "2024-02-07", 1),
            T("heute", "DATE", "2024-02-08"),
            T("den kommenden Tagen", "DATE", "FUTURE_REF"),
            T("Herbst 2022", "DATE", "2022-FA"),
            T("Mittwoch", "DATE", "2024-02-07", 2),
            T("derzeit", "DATE", "PRESENT_REF", 0),
            T("Dienstag", "DATE", "2024-02-06"),
            T("Nacht auf Freitag", "TIME", "2024-02-08TNI", note="the night of 8 to 9 February"),
            T("derzeit", "DATE", "PRESENT_REF", 1),
            T("Monaten", "DURATION", "PXM"),
            T("2040", "DATE", "2040"),
            T("Ende 2024", "DATE", "2024", mod="END"),
            T("Jänner", "DATE", "2024-01"),
            T("24. Februar", "DATE", "2024-02-24"),
        ],
        [
            E("Sweden hands evidence to the German federal prosecutor", "COOPERATE", ["Germany"], "2024-02-07",
              "context", "occurred", "Beweismaterial, das für das deutsche Verfahren",
              note="Sweden is not canonical"),
            E("Peskov demands that Germany disclose its findings", "REQUEST", ["Dmitry Peskov", "Germany"],
              "2024-02-07", "text", "occurred", "Peskow nannte die Einstellung"),
            E("Zakharova accuses Stockholm of a cover-up under Washington's pressure", "ACCUSE",
              ["Maria Zakharova", "United States"], "2024-02-08", "text", "occurred", "Sacharowa sprach heute"),
            E("Russia to bring the issue before the Security Council again", "REQUEST", ["Russia", "United Nations"],
              "FUTURE_REF", "vague", "planned", "Nebensja kündigte an"),
            E("Sweden rejects all Russian requests to take part in the investigation", "REJECT", ["Russia"],
              "2022-FA", "text", "occurred", "Seit Herbst 2022", date_mod="START"),
            E("Podolyak rejects speculation about Ukrainian involvement", "REJECT", ["Ukraine"], "2024-02-07", "text",
              "occurred", "Podoljak wies am Mittwoch"),
            E("Ukraine rules out extending the gas transit contract with Russia", "REJECT", ["Ukraine", "Russia"],
              "2024-01", "text", "occurred", "Kiew hat eine Verlängerung"),
            E("EU to adopt a 13th sanctions package against Russia", "SANCTION", ["European Union", "Russia"],
              "2024-02-24", "text", "planned", "13. Sanktionspaket"),
        ],
        [
            S("Dmitry Peskov", "The closure is interesting; Germany must disclose its findings", "2024-02-07", "text",
              "Peskow nannte die Einstellung"),
            S("Maria Zakharova", "A cover-up; Stockholm bowed to Washington's pressure", "2024-02-08", "text",
              "Sacharowa sprach heute"),
            S("Russia", "Nebenzia will bring the issue before the Security Council again", "2024-02-08", "published",
              "Nebensja kündigte an"),
            S("Ukraine", "Podolyak rejects all speculation about Ukrainian involvement", "2024-02-07", "text",
              "Podoljak wies am Mittwoch"),
            S("Germany", "No comment on ongoing investigations", "2024-02-08", "published", "In Berlin hieß es"),
        ],
        ["Germany", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United States", "United Nations",
         "Ukraine", "Vladimir Putin", "European Union"],
    ),
    doc(
        "b123de04_haftbefehl_taucher_polen_2024_08", "2024-08-15", DE04,
        [
            T("Mittwoch", "DATE", "2024-08-14", 0),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Mitte Juni", "DATE", "2024-06", mod="MID"),
            T("Anfang Juli", "DATE", "2024-07", mod="START"),
            T("September 2022", "DATE", "2022-09"),
            T("Mittwoch", "DATE", "2024-08-14", 1),
            T("Mittwoch", "DATE", "2024-08-14", 2),
            T("Donnerstag", "DATE", "2024-08-15"),
            T("Mittwochabend", "TIME", "2024-08-14TEV"),
            T("Mittwoch", "DATE", "2024-08-14", 3),
            T("September", "DATE", "2024-09", 1),
            T("vor fast zwei Jahren", "DATE", "2022"),
            T("diesem Jahr", "DATE", "2024"),
        ],
        [
            E("Germany sends a European arrest warrant for Volodymyr Z. to Poland", "REQUEST", ["Germany", "Poland"],
              "2024-06", "text", "occurred", "Ein Ermittlungsrichter am Bundesgerichtshof", date_mod="MID"),
            E("Zaluzhny denies having approved the plan", "REJECT", ["Ukraine"], "2024-08-15", "published",
              "occurred", "Wall Street Journal"),
            E("Berlin security circles accuse Warsaw of letting the suspect escape", "ACCUSE", ["Germany", "Poland"],
              "2024-08-15", "published", "occurred", "In Berliner Sicherheitskreisen"),
            E("Polish prosecutors reject the charge and blame the missing Schengen alert", "REJECT",
              ["Poland", "Germany"], "2024-08-14", "text", "occurred", "Landesstaatsanwaltschaft wies"),
            E("Polish foreign ministry accuses Berlin of shifting responsibility", "ACCUSE", ["Poland", "Germany"],
              "2024-08-15", "published", "occurred", "Verantwortung abzuschieben"),
            E("Peskov demands a real investigation and Russian participation", "REQUEST",
              ["Dmitry Peskov", "Germany"], "2024-08-15", "text", "occurred", "Peskow sagte am Donnerstag"),
            E("Zakharova blames the US, with Ukraine doing the dirty work", "ACCUSE",
              ["Maria Zakharova", "United States", "Ukraine"], "2024-08-14TEV", "text", "occurred",
              "Sacharowa hatte bereits am Mittwochabend"),
            E("Polyanskiy demands a Security Council meeting", "REQUEST", ["Russia", "United Nations"], "2024-08-15",
              "published", "occurred", "Poljanski forderte"),
            E("Podolyak rejects the reports as absurd", "REJECT", ["Ukraine"], "2024-08-14", "text", "occurred",
              "Podoljak nannte die Berichte"),
            E("Germany: the case changes nothing about support for Ukraine", "AGREE", ["Germany", "Ukraine"],
              "2024-08-15", "published", "occurred", "Regierungssprecher Steffen Hebestreit"),
        ],
        [
            S("Ukraine", "Zaluzhny denies having approved the plan", "2024-08-15", "published", "Wall Street Journal"),
            S("Poland", "Prosecutors: Germany did not enter Z. in the Schengen system, so border guards could not "
              "stop him", "2024-08-14", "text", "Landesstaatsanwaltschaft wies"),
            S("Poland", "Foreign ministry: an attempt to shift responsibility", "2024-08-15", "published",
              "Verantwortung abzuschieben"),
            S("Dmitry Peskov", "Russia expects a real investigation and demands to take part", "2024-08-15", "text",
              "Peskow sagte am Donnerstag"),
            S("Maria Zakharova", "The US is behind the attack; Ukraine only did the dirty work", "2024-08-14TEV",
              "text", "Sacharowa hatte bereits am Mittwochabend"),
            S("Russia", "Polyanskiy demands a Security Council meeting", "2024-08-15", "published",
              "Poljanski forderte"),
            S("Ukraine", "Podolyak: the reports are absurd; Ukraine has nothing to do with the attacks", "2024-08-14",
              "text", "Podoljak nannte die Berichte"),
            S("Germany", "No comment on ongoing investigations; support for Ukraine unchanged", "2024-08-15",
              "published", "Regierungssprecher Steffen Hebestreit"),
        ],
        ["Germany", "Poland", "Ukraine", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United States",
         "United Nations"],
    ),
    doc(
        "b123de05_festnahme_rimini_2025_08", "2025-08-22", DE05,
        [
            T("Fast drei Jahre", "DURATION", "P3Y", mod="APPROX"),
            T("Nacht auf Donnerstag", "TIME", "2025-08-20TNI", note="the night of 20 to 21 August"),
            T("18. August", "DATE", "2025-08-18"),
            T("September 2022", "DATE", "2022-09"),
            T("vor wenigen Tagen", "DATE", "PAST_REF"),
            T("Donnerstag", "DATE", "2025-08-21", 1),
            T("kommende Woche", "DATE", "2025-W35"),
            T("Donnerstag", "DATE", "2025-08-21", 2),
            T("Freitag", "DATE", "2025-08-22"),
            T("ein Jahr lang", "DURATION", "P1Y"),
            T("September", "DATE", "2025-09", 1),
            T("Montag", "DATE", "2025-08-18"),
            T("bald", "DATE", "FUTURE_REF"),
        ],
        [
            E("Serhii K. arrested near Rimini on a German European arrest warrant", "COERCE", ["Germany", "Ukraine"],
              "2025-08-20TNI", "text", "occurred", "Carabinieri nahmen",
              note="Italian carabinieri executing the German warrant; Italy is not canonical"),
            E("German federal prosecutor requests his extradition", "REQUEST", ["Germany"], "2025-08-21", "text",
              "occurred", "beantragte am Donnerstag seine Auslieferung"),
            E("Peskov demands from Berlin a transparent investigation with Russian participation", "REQUEST",
              ["Dmitry Peskov", "Germany"], "2025-08-21", "text", "occurred", "Peskow sagte am Donnerstag"),
            E("Zakharova accuses the German government of hypocrisy", "ACCUSE", ["Maria Zakharova", "Germany"],
              "2025-08-22", "text", "occurred", "Heuchelei"),
            E("Russia to raise the case in the Security Council", "REQUEST", ["Russia", "United Nations"], "2025-09",
              "text", "planned", "Nebensja kündigte an"),
            E("Ukraine requests consular access to the detainee", "REQUEST", ["Ukraine"], "2025-08-22", "published",
              "occurred", "konsularischen Zugang zu dem Festgenommenen"),
            E("Merz, Zelensky and other Europeans meet Trump at the White House", "CONSULT",
              ["Friedrich Merz", "Volodymyr Zelensky", "Donald Trump"], "2025-08-18", "text", "occurred",
              "Erst am Montag hatten"),
            E("Planned Zelensky–Putin meeting mediated by Trump", "CONSULT",
              ["Volodymyr Zelensky", "Vladimir Putin"], "FUTURE_REF", "vague", "planned",
              "Trump will ein Treffen"),
        ],
        [
            S("Dmitry Peskov", "Moscow will follow the case closely; demands a transparent investigation with Russia",
              "2025-08-21", "text", "Peskow sagte am Donnerstag"),
            S("Maria Zakharova", "Hypocrisy: Berlin watched for a year as another suspect escaped from Poland",
              "2025-08-22", "text", "Heuchelei"),
            S("Russia", "Nebenzia will raise the case in the Security Council in September", "2025-08-22",
              "published", "Nebensja kündigte an"),
            S("Ukraine", "Foreign ministry requested consular access; no further comment", "2025-08-22", "published",
              "konsularischen Zugang zu dem Festgenommenen"),
            S("Germany", "Justice minister Hubig: an impressive success for the investigators", "2025-08-22",
              "published", "Hubig nannte die Festnahme"),
            S("Poland", "Sikorski: the problem is not that Nord Stream was blown up but that it was built",
              "2025-08-22", "published", "Sikorski schrieb"),
            S("Donald Trump", "A Zelensky–Putin meeting should take place soon", "2025-08-22", "published",
              "Trump will ein Treffen"),
        ],
        ["Ukraine", "Germany", "Russia", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "United Nations", "Poland",
         "Friedrich Merz", "Volodymyr Zelensky", "Donald Trump", "United States", "Vladimir Putin"],
    ),
    doc(
        "b123de06_ueberstellung_karlsruhe_2025_11", "2025-11-28", DE06,
        [
            T("Donnerstag", "DATE", "2025-11-27"),
            T("Donnerstagnachmittag", "TIME", "2025-11-27TAF"),
            T("Mehr als drei Monate", "DURATION", "P3M", mod="MORE_THAN"),
            T("Oktober", "DATE", "2025-10", 0),
            T("vergangene Woche", "DATE", "2025-W47"),
            T("17. Oktober", "DATE", "2025-10-17"),
            T("Anfang Oktober", "DATE", "2025-10", mod="START"),
            T("Freitag", "DATE", "2025-11-28"),
            T("September", "DATE", "2025-09"),
            T("Anfang kommenden Jahres", "DATE", "2026", mod="START"),
            T("der kommenden Woche", "DATE", "2025-W49"),
            T("zuletzt", "DATE", "PAST_REF"),
            T("Donnerstagabend", "TIME", "2025-11-27TEV"),
        ],
        [
            E("Serhii K. handed over to Germany and remanded in custody", "COERCE", ["Germany", "Ukraine"],
              "2025-11-27", "text", "occurred", "Der Ukrainer Serhij K. wurde am Donnerstag",
              note="extradited by Italy, which is not canonical"),
            E("Warsaw court refuses to extradite Volodymyr Z. to Germany", "REJECT", ["Poland", "Germany"],
              "2025-10-17", "text", "occurred", "Ein Warschauer Bezirksgericht"),
            E("Tusk: not in Poland's interest to hand the man over to Germany", "REJECT", ["Donald Tusk", "Germany"],
              "2025-10", "text", "occurred", "Tusk hatte Anfang Oktober", date_mod="START"),
            E("German government regrets the Polish ruling", "ACCUSE", ["Germany", "Poland"], "2025-11-28",
              "published", "occurred", "mit Bedauern zur Kenntnis"),
            E("Peskov demands that Germany give Russia access to the findings", "REQUEST",
              ["Dmitry Peskov", "Germany"], "2025-11-28", "text", "occurred", "Peskow verlangte am Freitag"),
            E("Zakharova accuses Warsaw of sheltering terrorists and Berlin of preparing a show trial", "ACCUSE",
              ["Maria Zakharova", "Poland", "Germany"], "2025-11-28", "published", "occurred",
              "Terroristen Unterschlupf"),
            E("Russia demands an international investigation in the UN Security Council", "REQUEST",
              ["Russia", "United Nations"], "2025-09", "text", "occurred", "Bereits im September hatte Russland"),
            E("Ukrainian embassy demands consular access", "REQUEST", ["Ukraine", "Germany"], "2025-11-28",
              "published", "occurred", "Die ukrainische Botschaft in Berlin"),
            E("Germany: the case changes nothing about support for Ukraine", "AGREE", ["Germany", "Ukraine"],
              "2025-11-28", "published", "occurred", "Regierungssprecher Stefan Kornelius"),
            E("Witkoff expected in Moscow for talks with Putin", "CONSULT", ["Steve Witkoff", "Vladimir Putin"],
              "2025-W49", "text", "planned", "Witkoff wird in der kommenden Woche"),
            E("Zelensky demands changes to the US peace plan", "REQUEST", ["Volodymyr Zelensky", "United States"],
              "PAST_REF", "vague", "occurred", "Selenskyj hatte den Plan zuletzt"),
        ],
        [
            S("Germany", "The government takes note of the Polish ruling with regret", "2025-11-28", "published",
              "mit Bedauern zur Kenntnis"),
            S("Donald Tusk", "Not in Poland's interest to charge the man or hand him over to Germany", "2025-10", "text",
              "Tusk hatte Anfang Oktober"),
            S("Dmitry Peskov", "Germany must give Russia access to the findings", "2025-11-28", "text",
              "Peskow verlangte am Freitag"),
            S("Maria Zakharova", "Warsaw shelters terrorists; Berlin prepares a show trial", "2025-11-28",
              "published", "Terroristen Unterschlupf"),
            S("Ukraine", "Embassy demands consular access to K.", "2025-11-28", "published",
              "Die ukrainische Botschaft in Berlin"),
            S("Germany", "Kornelius: the case changes nothing about support for Ukraine", "2025-11-28", "published",
              "Regierungssprecher Stefan Kornelius"),
            S("Volodymyr Zelensky", "The plan is a basis for talks but needs changes", "PAST_REF", "vague",
              "Selenskyj hatte den Plan zuletzt"),
        ],
        ["Germany", "Ukraine", "Poland", "Donald Tusk", "Kremlin", "Dmitry Peskov", "Maria Zakharova", "Russia",
         "United Nations", "United States", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky"],
    ),
]
